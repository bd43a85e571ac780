package org.boardpack.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.benchmarks.Band;
import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.Rag;
import org.boardpack.indicators.spc.AssuranceIcon;
import org.boardpack.indicators.spc.LimitStatus;
import org.boardpack.indicators.spc.VariationIcon;
import org.boardpack.pack.ExceptionReason;
import org.boardpack.pack.view.Abbreviations;
import org.boardpack.pack.view.Wording;
import org.boardpack.pack.view.PackView;
import org.boardpack.recommendations.Brag;

/** The cover: what the pack is, its marking, and how to read its statuses. */
final class CoverSheet implements PackSheet {

    @Override
    public String name() {
        return "Cover";
    }

    @Override
    public String description() {
        return "The pack's board, authority, period, revision and marking, and how to read RAG, direction of travel, benchmarks and SPC.";
    }

    @Override
    public void write(XSSFSheet sheet, SheetContext ctx) {
        PackView pack = ctx.view();
        List<List<Object>> rows = new ArrayList<>();
        add(rows, "Pack", "Title", pack.coverTitle());
        if (!blank(pack.coverSubtitle())) add(rows, "Pack", "Subtitle", pack.coverSubtitle());
        add(rows, "Pack", "Board", pack.boardTitle());
        if (!blank(pack.boardDescription())) add(rows, "Pack", "Board description", pack.boardDescription());
        add(rows, "Pack", "Authority", pack.authority());
        add(rows, "Pack", "Period", pack.periodLabel() + " (" + pack.period() + ")");
        add(rows, "Pack", "Produced", pack.producedText() + " (UK time)");
        add(rows, "Pack", "Revision", Num.plain(pack.revision()));
        add(rows, "Pack", "Classification", pack.marking());
        if (!pack.editionNote().isEmpty()) add(rows, "Pack", "Edition", pack.editionNote());
        add(rows, "Pack", "Indicators", Num.count(pack.indicators().size()));
        if (!blank(pack.contact())) add(rows, "Pack", "Contact", pack.contact());
        add(rows, "How to use this workbook", "Sheets",
                "Each sheet holds one table with a single header row, starting in row 3 under its title and a note. "
                        + "The Contents sheet links to every sheet. Statuses are written in words; colour is added only as a cue. "
                        + "No cell in a table is left empty: a cell with no figure holds a code, explained below. "
                        + "Only the Trends sheet's chart figures leave a month with no figure empty, so its chart breaks the line there.");
        for (Blank b : Blank.values()) add(rows, "Codes in empty cells", b.code(), b.meaning());

        add(rows, "RAG against target", Rag.GREEN.label(), "Meets or beats the target (judged on the figure as displayed).");
        add(rows, "RAG against target", Rag.AMBER.label(), "Worse than the target but within its tolerance.");
        add(rows, "RAG against target", Rag.RED.label(), "Worse than the target by more than its tolerance.");
        add(rows, "RAG against target", Rag.NONE.label(),
                "No target is set, or an activity measure with no better direction: shown, never rated.");
        for (Aggregation a : Aggregation.values()) {
            add(rows, "Figure rated", a.label(), switch (a) {
                case SNAPSHOT -> "RAG is judged on the month's own figure.";
                case YTD -> "RAG is judged on the financial year to date (numerators and denominators summed from April).";
                case ROLLING12 -> "RAG is judged on the last 12 months (numerators and denominators summed).";
            });
        }
        add(rows, "Direction of travel", "Improving", "Better than the previous month (or the same month a year ago), by whether higher or lower is better.");
        add(rows, "Direction of travel", "Worsening", "Worse than the previous month (or the same month a year ago).");
        add(rows, "Direction of travel", "No change", "Equal once rounded to the figure's displayed decimals.");
        add(rows, "Direction of travel", "Up", "Higher than before, for a measure with no better direction.");
        add(rows, "Direction of travel", "Down", "Lower than before, for a measure with no better direction.");
        add(rows, "Direction of travel", "n/a", "There is no earlier figure to compare with.");
        for (ExceptionReason r : ExceptionReason.values()) {
            add(rows, "Exception", r.label(), Wording.exceptionReasonMeaning(r));
        }
        for (String[] list : Wording.exceptionLists()) add(rows, "Exception list", list[0], list[1]);
        for (var sentence : pack.definitions()) add(rows, "Reading the pack", sentence.topic(), sentence.text());
        for (Abbreviations.Entry g : pack.glossary()) add(rows, "Abbreviation", g.abbreviation(), g.meaning());
        add(rows, "Benchmarks", "Statistical neighbours mean",
                "The simple mean of the published values of the authority's statistical neighbours (DfE's LAIT method); missing values are left out.");
        add(rows, "Benchmarks", "England", "The national figure published by DfE for the same year.");
        add(rows, "Benchmarks", "Rank", "Among all local authorities with a value: 1 is best; tied authorities share the lowest rank.");
        for (Band b : Band.values()) {
            add(rows, "Benchmark band", b.label(), switch (b) {
                case A -> "The best quarter of local authorities.";
                case B -> "The second quarter (better than the median).";
                case C -> "The third quarter (worse than the median).";
                case D -> "The worst quarter of local authorities.";
            });
        }
        add(rows, "Compared with a benchmark", "better", "The latest figure is better than the benchmark.");
        add(rows, "Compared with a benchmark", "worse", "The latest figure is worse than the benchmark.");
        add(rows, "Compared with a benchmark", "similar", "Equal once rounded to the displayed decimals.");
        add(rows, "Compared with a benchmark", "above", "Higher than the benchmark, for a measure with no better direction.");
        add(rows, "Compared with a benchmark", "below", "Lower than the benchmark, for a measure with no better direction.");
        for (LimitStatus s : LimitStatus.values()) {
            add(rows, "SPC limits", s.label(), switch (s) {
                case NOT_ENOUGH_DATA -> "Fewer than 12 monthly figures: no mean, limits or icons.";
                case TRIAL -> "12 to 19 monthly figures: the limits are trial limits and will change as months are added.";
                case FULL -> "20 or more monthly figures: limits are mean +/- 2.66 x the mean moving range (XmR chart).";
            });
        }
        for (VariationIcon v : VariationIcon.values()) {
            add(rows, "SPC variation", v.label(), switch (v) {
                case NOT_ENOUGH_DATA -> "Too few points to judge variation.";
                case COMMON_CAUSE -> "The latest point is within normal variation: no significant change.";
                case IMPROVEMENT_HIGH -> "Special cause: a significant change upwards, which is an improvement.";
                case IMPROVEMENT_LOW -> "Special cause: a significant change downwards, which is an improvement.";
                case CONCERN_HIGH -> "Special cause: a significant change upwards, which is a concern.";
                case CONCERN_LOW -> "Special cause: a significant change downwards, which is a concern.";
                case NEUTRAL_HIGH -> "Special cause: a significant change upwards, for a measure with no better direction.";
                case NEUTRAL_LOW -> "Special cause: a significant change downwards, for a measure with no better direction.";
            });
        }
        for (AssuranceIcon a : AssuranceIcon.values()) {
            add(rows, "SPC assurance", a.label(), switch (a) {
                case CONSISTENTLY_PASSES -> "The target is outside the process limits on the good side: the process will reliably meet it.";
                case CONSISTENTLY_FAILS -> "The target is outside the process limits on the bad side: the process will not meet it without change.";
                case HIT_AND_MISS -> "The target lies between the process limits: the process will sometimes meet it and sometimes not.";
                case NONE -> "No assurance: no target, no better direction, or not enough data.";
            });
        }
        for (Brag b : Brag.values()) {
            add(rows, "Recommendation BRAG", b.text(), "The owner reports the recommendation as " + b.meaning().toLowerCase(Locale.ROOT) + ".");
        }

        String note = blank(pack.coverSubtitle()) ? pack.periodLabel() : pack.coverSubtitle() + ": " + pack.periodLabel();
        SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), pack.coverTitle(), note,
                List.of(new SheetTable.Column("Topic", 26), new SheetTable.Column("Item", 34, StatusRules.COVER_KEY),
                        new SheetTable.Column("Detail", 100)), null), rows);
        logo(sheet, ctx, pack.logoPng());
    }

    private static void logo(XSSFSheet sheet, SheetContext ctx, byte[] png) {
        if (png == null || png.length == 0) return;
        int idx = ctx.workbook().addPicture(png, Workbook.PICTURE_TYPE_PNG);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 4, 0, 5, 1);
        XSSFPicture picture = drawing.createPicture(anchor, idx);
        int[] size = pngSize(png);
        // at most 240 x 96 pixels, keeping the logo's proportions
        double scale = size == null ? 1 : Math.min(1.0, Math.min(240.0 / size[0], 96.0 / size[1]));
        picture.resize(scale);
        var nv = picture.getCTPicture().getNvPicPr().getCNvPr();
        nv.setName("Logo");
        nv.setDescr("Logo of " + ctx.view().authority());
    }

    /** Width and height from the PNG header, or null when it cannot be read. */
    static int[] pngSize(byte[] png) {
        if (png.length < 24) return null;
        int w = ((png[16] & 0xFF) << 24) | ((png[17] & 0xFF) << 16) | ((png[18] & 0xFF) << 8) | (png[19] & 0xFF);
        int h = ((png[20] & 0xFF) << 24) | ((png[21] & 0xFF) << 16) | ((png[22] & 0xFF) << 8) | (png[23] & 0xFF);
        return w > 0 && h > 0 ? new int[]{w, h} : null;
    }

    private static void add(List<List<Object>> rows, String topic, String item, Object detail) {
        rows.add(java.util.Arrays.asList(topic, item, detail));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
