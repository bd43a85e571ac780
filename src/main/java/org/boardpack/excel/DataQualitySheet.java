package org.boardpack.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.input.InputProblem;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.RestatementView;

/** Missing and late figures, gaps, missing targets, restated figures, rejected rows and input warnings. */
final class DataQualitySheet implements PackSheet {

    static final List<SheetTable.Column> COLUMNS = List.of(
            new SheetTable.Column("Kind", 20), new SheetTable.Column("Indicator id", 24),
            new SheetTable.Column("Indicator", 40), new SheetTable.Column("Period", 9),
            new SheetTable.Column("Team", 18), new SheetTable.Column("File", 30),
            new SheetTable.Column("Line", 7), new SheetTable.Column("Column", 16),
            new SheetTable.Column("Detail", 80), new SheetTable.Column("Previous figure", 10),
            new SheetTable.Column("New figure", 10));

    @Override
    public String name() {
        return "Data quality";
    }

    @Override
    public String description() {
        return "Missing and late figures, gaps in series, missing targets, restated figures, rows rejected from the inputs and input warnings.";
    }

    @Override
    public void write(XSSFSheet sheet, SheetContext ctx) {
        PackView pack = ctx.view();
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorView r : pack.indicators()) {
            for (String note : r.dataQuality()) {
                rows.add(Arrays.asList(kind(note), r.id(), r.name(), pack.period().toString(), null, null, null, null,
                        note, null, null));
            }
        }
        for (RestatementView s : pack.restatements()) {
            int d = pack.indicators().stream().filter(i -> i.id().equals(s.indicatorId())).findFirst()
                    .map(IndicatorView::decimals).orElse(2);
            rows.add(Arrays.asList("Restated figure", s.indicatorId(), s.indicatorName(), s.period().toString(),
                    s.team(), s.newFile(), null, null,
                    "The figure for " + s.period() + " in " + s.oldFile() + " was replaced by " + s.newFile() + "; the latest is used."
                            + (s.note().isEmpty() ? "" : " " + s.note() + "."),
                    Num.of(s.was(), d), Num.of(s.now(), d)));
        }
        for (InputProblem p : pack.inputWarnings()) {
            rows.add(Arrays.asList(p.isError() ? "Rejected row" : "Input warning", null, null, null, null, p.file(),
                    p.line() > 0 ? Num.plain(p.line()) : null, ScorecardSheet.blankToNull(p.column()), p.message(), null, null));
        }
        SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Data quality: " + pack.periodLabel(),
                note(pack) + " Restated figures are earlier months changed by a later file.",
                COLUMNS, "No data quality issues this month."), rows);
    }

    /** What the note says about rejected rows and files: only a run that skipped invalid rows has any. */
    static String note(PackView pack) {
        long rows = pack.rejectedRows();
        long files = pack.unreadFiles();
        if (rows == 0 && files == 0) return "No input rows were rejected; validation.csv lists any warnings found.";
        List<String> parts = new java.util.ArrayList<>();
        if (rows > 0) parts.add(rows + (rows == 1 ? " rejected row" : " rejected rows"));
        if (files > 0) parts.add(files + (files == 1 ? " rejected input file" : " rejected input files"));
        String verb = parts.size() == 1 && rows + files == 1 ? " was" : " were";
        return String.join(" and ", parts) + verb + " left out of the pack (the run used --skip-invalid); validation.csv lists every problem found "
                + "and rejects.csv every row left out.";
    }

    /** The kind of an indicator's data quality note, by its wording in the pack model. */
    static String kind(String note) {
        if (note.startsWith("No figure")) return "Missing figure";
        if (note.startsWith("No target")) return "No target";
        if (note.startsWith("Gaps")) return "Gaps in the series";
        return "Note";
    }
}
