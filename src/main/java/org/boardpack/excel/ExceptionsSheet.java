package org.boardpack.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackSection;

/** Each exception with why it is one, its figures and its owner's commentary; missing commentary is flagged. */
final class ExceptionsSheet implements PackSheet {

    static final String MISSING = "Missing: no commentary was received from the indicator's owner for this month.";

    static final Columns<ScorecardSheet.Item> COLUMNS = new Columns<ScorecardSheet.Item>()
            .add("Area", 20, i -> i.section())
            .add("Indicator id", 24, i -> i.r().id())
            .add("Indicator", 40, i -> i.r().name())
            .add("Exception reason", 34, i -> i.r().exceptionText())
            .add("Value", 10, i -> Num.of(i.r().value(), i.r().decimals()))
            .add("RAG judged on", 14, i -> i.r().aggregation().label())
            .add("Year to date or rolling 12 months", 12, i -> Num.of(i.r().aggregatedValue(), i.r().decimals()))
            .add("Target", 9, i -> Num.of(i.r().target(), i.r().decimals()))
            .add("Tolerance", 10, i -> Num.of(i.r().tolerance(), i.r().decimals()))
            .add("RAG", 11, StatusRules.RAG, i -> i.r().rag().label())
            .add("Previous month", 10, i -> Num.of(i.r().previousValue(), i.r().decimals()))
            .add("Direction (month)", 12, i -> i.r().directionMonth().label())
            .add("Year ago", 10, i -> Num.of(i.r().yearAgoValue(), i.r().decimals()))
            .add("Direction (year)", 12, i -> i.r().directionYear().label())
            .add("SPC variation", 24, StatusRules.VARIATION, i -> i.r().spc().variation().label())
            .add("Commentary missing", 11, StatusRules.ATTENTION, i -> Labels.yesNo(i.r().commentaryMissing()))
            .add("Commentary", 80, i -> i.r().commentary() == null ? MISSING : i.r().commentary().text())
            .add("Commentary by", 30, i -> i.r().commentary() == null ? null : i.r().commentary().author())
            .add("Role", 16, i -> i.r().commentary() == null ? null : Labels.blankToNull(i.r().commentary().role()));

    @Override
    public String name() {
        return "Exceptions";
    }

    @Override
    public String description() {
        return "Each exception (Red, worsened two months running, or an SPC concern) with its reason, figures and the owner's commentary; missing commentary is flagged.";
    }

    @Override
    public void write(XSSFSheet sheet, SheetContext ctx) {
        PackModel pack = ctx.pack();
        List<ScorecardSheet.Item> items = new ArrayList<>();
        for (PackSection s : pack.sections()) {
            for (IndicatorResult r : s.indicators()) {
                if (r.isException()) items.add(new ScorecardSheet.Item(s.title(), r));
            }
        }
        SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Exceptions: " + pack.periodLabel(),
                "An indicator is an exception when it is Red against target, has worsened two months running, or its latest "
                        + "point is an SPC special cause of concern. Commentary is as written by its owner.",
                COLUMNS.columns(), "No exceptions this month."), COLUMNS.rows(items));
        sheet.createFreezePane(3, SheetTable.FIRST_DATA_ROW);
    }
}
