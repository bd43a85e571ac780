package org.boardpack.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.output.OutputLayout;
import org.boardpack.output.ReproducibleZip;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackWriter;
import org.boardpack.pack.view.PackView;

/**
 * Writes the Excel board pack from the pack view (built once from the model; the sheets compute nothing): twelve sheets in a fixed order, each a title, a note and one
 * named table (Government Analysis Function guidance for accessible spreadsheets), native line charts on Trends
 * and SPC, statuses as words with a conditional fill, and document properties with the protective marking.
 */
public class ExcelPackWriter implements PackWriter {

    /** The sheets, in workbook order. */
    public static final List<String> SHEET_NAMES = List.of("Cover", "Contents", "Summary", "Scorecard", "Trends",
            "SPC", "Benchmarks", "Recommendations", "Exceptions", "Data quality", "Data", "Definitions");

    /** The workbook's language, as the HTML edition's lang attribute and the PDF's /Lang. */
    static final String LANGUAGE = "en-GB";

    @Override
    public String name() {
        return "excel";
    }

    @Override
    public Path target(OutputLayout layout) {
        return layout.excelPack();
    }

    /**
     * Writes the workbook: every sheet in memory except those with many rows (the Data sheet), whose rows go through
     * POI's streaming writer (SXSSF) to temporary files, so a pack with tens of thousands of team figures is written
     * in bounded memory.
     */
    @Override
    public void write(PackModel pack, OutputStream out) throws IOException {
        PackView view = PackView.of(pack);
        ByteArrayOutputStream saved = new ByteArrayOutputStream(256 * 1024);
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            List<PackSheet> sheets = sheets();
            SheetContext ctx = new SheetContext(view, wb, new ExcelStyles(wb), new StatusFills(view.palette()), sheets,
                    new TrendLayout(view));
            for (PackSheet s : sheets) if (!s.streamed()) wb.createSheet(s.name());
            for (PackSheet s : sheets) if (!s.streamed()) s.write(wb.getSheet(s.name()), ctx);
            SXSSFWorkbook streaming = new SXSSFWorkbook(wb, ROWS_IN_MEMORY);
            try {
                for (int i = 0; i < sheets.size(); i++) {
                    PackSheet s = sheets.get(i);
                    if (!s.streamed()) continue;
                    SXSSFSheet rows = streaming.createSheet(s.name());
                    wb.setSheetOrder(s.name(), i);
                    s.writeStreaming(rows, wb.getSheet(s.name()), ctx);
                }
                wb.setActiveSheet(0);
                wb.setFirstVisibleTab(0);
                properties(wb, view);
                save(streaming, saved);
            } finally {
                streaming.dispose();
            }
        } finally {
            // not close(): closing a new workbook saves it all again, to a buffer nobody reads
            wb.getPackage().revert();
        }
        // every zip entry dated when the pack was produced: the same pack gives the same bytes (boardpack.fixed-time)
        out.write(ReproducibleZip.withFixedTimes(saved.toByteArray(),
                view.producedAt() == null ? null : view.producedAt().toInstant()));
    }

    /**
     * POI looks a TransformerFactory up for every relationship part it saves, each time through a ServiceLoader scan
     * of the whole class path (a fifth of the workbook's time). With the platform class loader as this thread's
     * context loader the lookup ends at once with the JDK's own factory, the one the packaged jar finds anyway.
     */
    private static void save(SXSSFWorkbook wb, OutputStream out) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            wb.write(out);
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    /** Rows of a streamed sheet kept in memory; the rest are flushed to a temporary file as they are written. */
    private static final int ROWS_IN_MEMORY = 200;

    static List<PackSheet> sheets() {
        List<PackSheet> sheets = List.of(new CoverSheet(), new ContentsSheet(), new SummarySheet(), new ScorecardSheet(),
                new TrendsSheet(), new SpcSheet(), new BenchmarksSheet(), new RecommendationsSheet(),
                new ExceptionsSheet(), new DataQualitySheet(), new DataSheet(), new DefinitionsSheet());
        if (!sheets.stream().map(PackSheet::name).toList().equals(SHEET_NAMES)) {
            throw new IllegalStateException("sheet order out of step with SHEET_NAMES");
        }
        return sheets;
    }

    private static void properties(XSSFWorkbook wb, PackView pack) {
        POIXMLProperties props = wb.getProperties();
        var core = props.getCoreProperties();
        core.setTitle(pack.coverTitle() + " pack, " + pack.periodLabel());
        core.setSubjectProperty(pack.boardTitle() + ": performance scorecard, exceptions and improvement plan tracker, "
                + pack.periodLabel());
        core.setCreator(pack.authority());
        core.setKeywords(String.join("; ", "board pack", "children's services", "scorecard", pack.boardId(),
                pack.period().toString(), pack.marking()));
        core.setDescription(pack.marking() + ". Revision " + pack.revision() + ".");
        core.setCategory(pack.marking());
        // the document language (dc:language): screen readers and spell checkers read the workbook as British English
        props.getCoreProperties().getUnderlyingProperties().setLanguageProperty(LANGUAGE);
        if (pack.producedAt() != null) {
            Date produced = Date.from(pack.producedAt().toInstant());
            core.setCreated(Optional.of(produced));
            core.setModified(Optional.of(produced));
        }
        props.getExtendedProperties().getUnderlyingProperties().setCompany(pack.authority());
        props.getExtendedProperties().getUnderlyingProperties().setApplication("Board Pack Builder");
        props.getCustomProperties().addProperty("Classification", pack.marking());
        props.getCustomProperties().addProperty("Board", pack.boardId());
        props.getCustomProperties().addProperty("Period", pack.period().toString());
        props.getCustomProperties().addProperty("Revision", pack.revision());
    }
}
