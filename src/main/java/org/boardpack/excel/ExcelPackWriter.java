package org.boardpack.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.output.OutputLayout;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackSection;
import org.boardpack.pack.PackWriter;

/** Writes the Excel board pack from the pack model. */
public class ExcelPackWriter implements PackWriter {

    static final List<RagPalette> RAG = List.of(RagPalette.RED, RagPalette.AMBER, RagPalette.GREEN);

    @Override
    public String name() {
        return "excel";
    }

    @Override
    public Path target(OutputLayout layout) {
        return layout.excelPack();
    }

    @Override
    public void write(PackModel pack, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ExcelStyles styles = new ExcelStyles(wb);
            cover(wb.createSheet("Cover"), styles, pack);
            scorecard(wb.createSheet("Scorecard"), styles, pack);
            properties(wb, pack);
            wb.write(out);
        }
    }

    private void cover(XSSFSheet sheet, ExcelStyles styles, PackModel pack) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Classification", pack.marking()));
        rows.add(List.of("Board", pack.boardTitle()));
        rows.add(List.of("Authority", pack.authority()));
        rows.add(List.of("Period", pack.periodLabel()));
        rows.add(List.of("Revision", String.valueOf(pack.revision())));
        rows.add(List.of("Produced", pack.producedAt().format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm"))));
        rows.add(List.of("RAG", "Green: meets or beats the target. Amber: worse than target but within its tolerance. "
                + "Red: worse than target by more than the tolerance. No target: no target set, or an activity measure with no better direction."));
        rows.add(List.of("Direction of travel", "Improving or Worsening compared with the previous month, judged by whether higher or lower is better; "
                + "Up or Down for measures with no better direction; No change when equal as displayed."));
        SheetTable.write(sheet, styles, "Cover", pack.boardTitle() + " pack: " + pack.periodLabel(), pack.marking(),
                List.of(new SheetTable.Column("Item", 22), new SheetTable.Column("Detail", 110)), rows, pack.marking());
    }

    private void scorecard(XSSFSheet sheet, ExcelStyles styles, PackModel pack) {
        List<SheetTable.Column> columns = List.of(
                new SheetTable.Column("Area", 22), new SheetTable.Column("Indicator", 50),
                new SheetTable.Column("Unit", 12), new SheetTable.Column("Value", 10),
                new SheetTable.Column("Previous month", 11), new SheetTable.Column("Direction (month)", 12),
                new SheetTable.Column("Target", 10), new SheetTable.Column("Tolerance", 10),
                new SheetTable.Column("RAG", 11), new SheetTable.Column("Indicator id", 24));
        List<List<Object>> rows = new ArrayList<>();
        for (PackSection s : pack.sections()) {
            for (IndicatorResult r : s.indicators()) {
                List<Object> row = new ArrayList<>();
                row.add(s.title());
                row.add(r.name());
                row.add(r.unit().code());
                row.add(new Num(r.ratedValue(), r.decimals()));
                row.add(new Num(r.previousValue(), r.decimals()));
                row.add(r.directionMonth().label());
                row.add(new Num(r.target(), r.decimals()));
                row.add(new Num(r.tolerance(), r.decimals()));
                row.add(r.rag().label());
                row.add(r.id());
                rows.add(row);
            }
        }
        SheetTable.write(sheet, styles, "Scorecard", "Scorecard: " + pack.periodLabel(),
                "One row per indicator, grouped by area. RAG is shown as text and colour.", columns, rows, pack.marking());
        SheetTable.statusFill(sheet, 8, SheetTable.HEADER_ROW + 1, SheetTable.HEADER_ROW + rows.size(), RAG);
    }

    private void properties(XSSFWorkbook wb, PackModel pack) {
        POIXMLProperties props = wb.getProperties();
        var core = props.getCoreProperties();
        core.setTitle(pack.boardTitle() + " pack, " + pack.periodLabel());
        core.setSubjectProperty("Performance scorecard and improvement plan tracker, " + pack.periodLabel());
        core.setCreator(pack.authority());
        core.setKeywords("board pack; children's services; scorecard; " + pack.period());
        props.getCustomProperties().addProperty("Classification", pack.marking());
    }
}
