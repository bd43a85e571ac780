package org.boardpack.pack.view;

import java.util.ArrayList;
import java.util.List;

import org.boardpack.indicators.spc.AssuranceIcon;
import org.boardpack.indicators.spc.SpecialCauseRule;
import org.boardpack.indicators.spc.VariationIcon;
import org.boardpack.recommendations.Brag;

/**
 * The explanatory sentences every edition prints (the definitions' "Reading the pack", and the notes under the
 * summary's movers, each area's scorecard and benchmarks, and the exceptions), said once here for the PDF, the HTML
 * and the workbook.
 */
public final class Definitions {

    static final String MOVERS_NOTE = "Ranked by the size of the move against each indicator's usual month-to-month "
            + "variation (its SPC mean moving range), so moves in different units can be compared; indicators without one "
            + "follow, by the change relative to last month.";

    static final String SCORECARD_NOTE = "RAG is judged on the figure rated (the year-to-date or 12-month figure where "
            + "one is shown, otherwise the month's). Directions are judged on the figures as shown. Exceptions are listed "
            + "in Exceptions; definitions are in the appendix.";

    static final String NO_BENCHMARKS = "No indicator in this area has a published DfE benchmark: they are shown against "
            + "target and trend only.";

    /** One sentence of "Reading the pack" and what it is about (the workbook's topic column). */
    public record Sentence(String topic, String text) {
    }

    private Definitions() {
    }

    static String benchmarksNote(String authority) {
        return "Published value: " + authority + "'s own figure in DfE's release. The last two columns compare the figure "
                + "rated this month with the neighbours' mean and England: the verdict and the gap (the figure minus the "
                + "comparator, as shown). Rank 1 is best; quartile band A is the best quarter of all local authorities (LAIT "
                + "method). No rank or band for indicators with no better direction.";
    }

    static String exceptionsIntro(int exceptions) {
        return "An indicator is an exception when it is on the act list or the watch list (see the definitions). "
                + Wording.plural(exceptions, "exception", "exceptions") + " this month.";
    }

    /** The "Reading the pack" sentences, in order. */
    static List<Sentence> readingThePack(String smallNumbersText) {
        List<Sentence> out = new ArrayList<>();
        out.add(new Sentence("RAG", "RAG against target is judged on the figure as shown (rounded to the indicator's decimals): Green meets or "
                + "beats the target; Amber is worse but within the tolerance (\u00b1); Red is beyond it. Indicators with no "
                + "better direction (activity rates) have no RAG unless a target band is set: they show \"No target\". "
                + "Every status cell carries its word as well as its colour."));
        StringBuilder brag = new StringBuilder();
        for (Brag b : Brag.values()) brag.append(brag.isEmpty() ? "" : "; ").append(b.text());
        out.add(new Sentence("BRAG", "BRAG for recommendations: " + brag + ". A recommendation is overdue when it is not complete and its due "
                + "date is before the end of the month; stale when it is not complete and was not updated for more than "
                + "the stale threshold; flagged for a check when it is reported on track or complete but every linked "
                + "indicator is Red or worsening."));
        out.add(new Sentence("Directions", "Directions: Improving or Worsening for indicators with a better direction; Up or Down for those without; "
                + "n/a when there is no earlier figure."));
        out.add(new Sentence("Benchmarks", "Benchmarks follow DfE's LAIT method: the statistical neighbours' mean is the simple mean of the neighbours "
                + "with a published value (how many are shown); England is the national figure; rank 1 is best among all "
                + "local authorities with a value, ties sharing the lowest rank; quartile bands A (best quarter) to D. "
                + "Local-only indicators have no published benchmark and are shown against target and trend only."));
        StringBuilder rules = new StringBuilder();
        int i = 1;
        for (SpecialCauseRule rule : SpecialCauseRule.values()) {
            if (rule == SpecialCauseRule.NONE) continue;
            rules.append(rules.isEmpty() ? "" : "; ").append('(').append(i++).append(") ").append(rule.label());
        }
        out.add(new Sentence("SPC", "SPC (XmR, NHS \"Making Data Count\"): mean of the points; process limits at the mean \u00b1 2.66 \u00d7 "
                + "the mean moving range; fewer than 12 points: no limits; 12 to 19: trial limits. Special-cause rules, "
                + "first that applies: " + rules + ". The 2-of-3 rule uses near limits two-thirds of the way from the mean "
                + "to the process limits."));
        StringBuilder icons = new StringBuilder("Variation icons (from the latest point): ");
        for (int v = 0; v < VariationIcon.values().length; v++) {
            icons.append(v == 0 ? "" : "; ").append(VariationIcon.values()[v].label());
        }
        icons.append(". Assurance icons (the target against the process limits): ");
        boolean first = true;
        for (AssuranceIcon a : AssuranceIcon.values()) {
            if (a == AssuranceIcon.NONE) continue;
            icons.append(first ? "" : "; ").append(a.label());
            first = false;
        }
        out.add(new Sentence("SPC icons", icons + ". No assurance icon without a target, a better direction or limits."));
        out.add(new Sentence("Charts", "Charts are drawn so they read in black and white: the monthly figure is a solid line; the target dashed; "
                + "the statistical neighbours' mean dotted; England dash-dot. On SPC charts the mean is a thin solid line "
                + "and the process limits short dashes; special-cause points are squares (concern), diamonds (improvement) "
                + "or triangles (no better direction). Each chart states its message beside it, and its figures are in "
                + "the table (or data sheet) beside it."));
        for (String[] list : Wording.exceptionLists()) out.add(new Sentence(list[0] + " list", list[0] + " list: " + list[1]));
        out.add(new Sentence("Small numbers", smallNumbersText));
        out.add(new Sentence("Last month", "Last month's RAG and lists are worked out from this month's figures by the same rules, so a figure "
                + "restated since last month's pack is judged as it now stands. A restated figure whose shown value did "
                + "not change says which counts did."));
        return out;
    }
}
