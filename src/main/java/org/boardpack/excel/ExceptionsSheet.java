package org.boardpack.excel;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.Wording;

/** Each exception with why it is one, its figures and its owner's commentary; missing commentary is flagged. */
final class ExceptionsSheet implements PackSheet {

    static final String MISSING = "Missing: no commentary was received from the indicator's owner for this month.";

    static final Columns<ScorecardSheet.Item> COLUMNS = new Columns<ScorecardSheet.Item>()
            .add("Area", 20, i -> i.section())
            .add("Indicator id", 24, i -> i.r().id())
            .add("Indicator", 40, i -> i.r().name())
            .add("List", 9, i -> i.r().exceptionListWord())
            .add("Since last month", 12, i -> i.r().exceptionStatus())
            .add("Exception reason", 34, i -> i.r().exceptionText())
            .add("Value", 10, i -> Num.of(i.r().value(), i.r().decimals()))
            .add("Value and counts", 24, i -> i.r().valueWithCounts())
            .add("RAG judged on", 14, i -> i.r().ratedOnLabel())
            .add("Year to date or rolling 12 months", 12, i -> Num.of(i.r().aggregated(), i.r().decimals()))
                    .notApplicableWhen(i -> i.r().isSnapshot())
            .add("Figure rated", 10, i -> Num.of(i.r().rated(), i.r().decimals()))
            .add("Figure rated and counts", 24, i -> i.r().ratedWithCounts())
            .add("Target", 9, i -> Num.of(i.r().target(), i.r().decimals())).notApplicableWhen(i -> !i.r().hasTarget())
            .add("Tolerance", 10, i -> Num.of(i.r().tolerance(), i.r().decimals())).notApplicableWhen(i -> !i.r().hasTarget())
            .add("RAG", 11, StatusRules.RAG, i -> i.r().ragWord())
            .add("Headline", 36, i -> i.r().headline())
            .add("Previous month", 10, i -> Num.of(i.r().previous(), i.r().decimals()))
            .add("Previous month's RAG", 11, StatusRules.RAG, i -> ScorecardSheet.blankToNull(i.r().previousRagWord()))
            .add("Direction (month)", 12, i -> i.r().directionMonthWord())
            .add("Year ago", 10, i -> Num.of(i.r().yearAgo(), i.r().decimals()))
            .add("Direction (year)", 12, i -> i.r().directionYearWord())
            .add(IconPictures.VARIATION_HEADER, 6, i -> null)
            .add("SPC variation", 24, StatusRules.VARIATION, i -> i.r().spc().variation())
            .add(IconPictures.ASSURANCE_HEADER, 6, i -> null)
            .add("SPC assurance", 22, StatusRules.ASSURANCE, i -> i.r().spc().assurance())
            .add("SPC reading", 50, i -> i.r().spc().reading())
            .add("SPC chart", 30, i -> "SPC sheet: " + i.r().name())
            .add("Commentary missing", 11, StatusRules.ATTENTION, i -> Wording.yesNo(i.r().commentaryMissing()))
            .add("Commentary", 80, i -> i.r().commentary() == null ? MISSING : i.commentary())
            .add("Commentary by", 30, i -> i.r().commentary() == null ? null : i.r().commentary().author())
            .add("Role", 16, i -> i.r().commentary() == null ? null : ScorecardSheet.blankToNull(i.r().commentary().role()));

    static final String SPC_CHART = "SPC chart";

    /** Each row's "SPC chart" cell links to the indicator's row on the SPC sheet, above its chart. */
    private static void linkCharts(XSSFSheet sheet, SheetContext ctx, PackView pack, List<ScorecardSheet.Item> items) {
        var header = sheet.getRow(SheetTable.HEADER_ROW);
        int col = -1;
        for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
            if (header.getCell(c) != null && SPC_CHART.equals(header.getCell(c).getStringCellValue())) col = c;
        }
        if (col < 0) return;
        List<org.boardpack.pack.view.IndicatorView> all = pack.indicators();
        for (int i = 0; i < items.size(); i++) {
            var cell = sheet.getRow(SheetTable.FIRST_DATA_ROW + i).getCell(col);
            var link = ctx.workbook().getCreationHelper().createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.DOCUMENT);
            link.setAddress(SpcSheet.rowAddress(all.indexOf(items.get(i).r())));
            cell.setHyperlink(link);
            cell.setCellStyle(ctx.styles().link());
        }
    }

    @Override
    public String name() {
        return "Exceptions";
    }

    @Override
    public String description() {
        return "The act list, then the watch list (Making Data Count rules: Red, an SPC concern or a failing process to act on; Amber and Green concerns to watch), each with its reason, whether it is new or continuing, its figures and the owner's commentary; missing commentary is flagged.";
    }

    @Override
    public void write(XSSFSheet sheet, SheetContext ctx) {
        PackView pack = ctx.view();
        var all = ScorecardSheet.items(pack);
        var items = pack.exceptions().stream()
                .map(e -> all.stream().filter(i -> i.r() == e).findFirst().orElseThrow()).toList();
        SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Exceptions: " + pack.periodLabel(),
                "The act list first, then the watch list. " + Wording.exceptionLists().get(0)[0] + ": "
                        + Wording.exceptionLists().get(0)[1] + " " + Wording.exceptionLists().get(1)[0] + ": "
                        + Wording.exceptionLists().get(1)[1] + " Exceptions closed since last month are listed on the Summary sheet. "
                        + "Commentary is as written by its owner.",
                COLUMNS.columns(), "No exceptions this month."), COLUMNS.rows(items));
        sheet.createFreezePane(3, SheetTable.FIRST_DATA_ROW);
        linkCharts(sheet, ctx, pack, items);
        IconPictures.place(sheet, IconPictures.VARIATION_HEADER, items.stream().map(i -> i.r().spc().variationIcon()).toList());
        IconPictures.place(sheet, IconPictures.ASSURANCE_HEADER, items.stream().map(i -> i.r().spc().assuranceIcon()).toList());
    }
}
