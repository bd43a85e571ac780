package org.boardpack.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.pack.view.Wording;
import org.boardpack.recommendations.IndicatorEvidence;
import org.boardpack.recommendations.MissingRecommendation;
import org.boardpack.recommendations.Recommendation;
import org.boardpack.recommendations.RecommendationStatus;
import org.boardpack.recommendations.RecommendationTracker;

/**
 * The improvement plan tracker: each recommendation with its owner, dates, status and BRAG (as words with a fill),
 * movement since last month, progress and the indicators that evidence it; then those missing from this month's
 * snapshot.
 */
final class RecommendationsSheet implements PackSheet {

    static final List<SheetTable.Column> COLUMNS = List.of(
            new SheetTable.Column("Id", 11), new SheetTable.Column("Source", 22),
            new SheetTable.Column("Source date", 11), new SheetTable.Column("Theme", 16),
            new SheetTable.Column("Recommendation", 60), new SheetTable.Column("Owner", 28),
            new SheetTable.Column("Due date", 11), new SheetTable.Column("Status", 11),
            new SheetTable.Column("BRAG", 18, StatusRules.BRAG), new SheetTable.Column("Movement", 18),
            new SheetTable.Column("Previous status", 11), new SheetTable.Column("Overdue", 9, StatusRules.ATTENTION),
            new SheetTable.Column("Days overdue", 9), new SheetTable.Column("Last updated", 11),
            new SheetTable.Column("Days since update", 9), new SheetTable.Column("Stale", 8, StatusRules.ATTENTION),
            new SheetTable.Column("Progress", 60), new SheetTable.Column("Linked indicators", 50),
            new SheetTable.Column("Check status", 9, StatusRules.ATTENTION), new SheetTable.Column("Check reason", 40));

    @Override
    public String name() {
        return "Recommendations";
    }

    @Override
    public String description() {
        return "The improvement plan tracker: each recommendation's owner, due date, status and BRAG, movement, progress and the indicators that evidence it.";
    }

    @Override
    public void write(XSSFSheet sheet, SheetContext ctx) {
        RecommendationTracker t = ctx.view().recommendations();
        List<List<Object>> rows = new ArrayList<>();
        String note;
        if (t == null) {
            note = "The input has no recommendations for this board.";
        } else {
            note = "BRAG: Blue complete, Red off track, Amber at risk, Green on track, Grey not started. Overdue: not complete and due "
                    + "before " + t.periodEnd() + ". Stale: not updated for more than " + t.staleAfterDays() + " days. "
                    + "Check status: reported on track or complete while every linked indicator is Red or worsening."
                    + (t.previousSnapshotAvailable() ? "" : " There is no previous month's snapshot, so no movement is shown.");
            for (RecommendationStatus s : t.items()) rows.add(row(s));
            for (MissingRecommendation m : t.missingThisMonth()) rows.add(row(m));
        }
        SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Improvement plan tracker: " + ctx.view().periodLabel(),
                note, COLUMNS, "No recommendations in the input for this period."), rows);
        sheet.createFreezePane(1, SheetTable.FIRST_DATA_ROW);
    }

    static List<Object> row(RecommendationStatus s) {
        Recommendation r = s.recommendation();
        String evidence = s.evidence().stream().map(IndicatorEvidence::summary).collect(Collectors.joining("; "));
        return Arrays.asList(r.id(), r.source(), r.sourceDate(), r.theme(), r.text(), r.owner(), r.dueDate(),
                r.status().label(), s.brag().text(), s.movement().label(),
                s.previousStatus() == null ? null : s.previousStatus().label(), Wording.yesNo(s.overdue()),
                Num.count(s.daysOverdue()), r.lastUpdated(), Num.count(s.daysSinceUpdate()), Wording.yesNo(s.stale()),
                ScorecardSheet.blankToNull(r.progress()), ScorecardSheet.blankToNull(evidence), Wording.yesNo(s.check()),
                ScorecardSheet.blankToNull(s.checkReason()));
    }

    static List<Object> row(MissingRecommendation m) {
        Recommendation r = m.lastKnown();
        return Arrays.asList(r.id(), r.source(), r.sourceDate(), r.theme(), r.text(), r.owner(), r.dueDate(),
                r.status().label(), r.brag().text() + " (last reported " + m.lastSeen() + ")", m.label(),
                r.status().label(), null, null, r.lastUpdated(), null, null, ScorecardSheet.blankToNull(r.progress()),
                ScorecardSheet.blankToNull(String.join(", ", r.linkedIndicators())), null, null);
    }
}
