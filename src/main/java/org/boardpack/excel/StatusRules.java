package org.boardpack.excel;

import java.util.ArrayList;
import java.util.List;

import org.boardpack.indicators.spc.AssuranceIcon;

/**
 * Which cell texts of a status column get which fill (by status word: Red, Amber, Green, Blue, Grey). The word
 * always stays in the cell: the fill is never the only cue.
 */
record StatusRules(List<Rule> rules) {

    enum Match { EQUALS, BEGINS_WITH, CONTAINS }

    /** Cells whose text matches {@code text} get the fill of status word {@code word}. */
    record Rule(Match match, String text, String word) {
    }

    /** Red, Amber, Green against target; "No target" in grey. */
    static final StatusRules RAG = new StatusRules(List.of(
            new Rule(Match.EQUALS, "Red", "Red"), new Rule(Match.EQUALS, "Amber", "Amber"),
            new Rule(Match.EQUALS, "Green", "Green"), new Rule(Match.EQUALS, "No target", "Grey")));

    /** The improvement plan's BRAG, written "Red: off track" etc. */
    static final StatusRules BRAG = new StatusRules(List.of(
            new Rule(Match.BEGINS_WITH, "Red", "Red"), new Rule(Match.BEGINS_WITH, "Amber", "Amber"),
            new Rule(Match.BEGINS_WITH, "Green", "Green"), new Rule(Match.BEGINS_WITH, "Blue", "Blue"),
            new Rule(Match.BEGINS_WITH, "Grey", "Grey")));

    /** RAG words and BRAG texts in one column (the summary). */
    static final StatusRules RAG_OR_BRAG = new StatusRules(List.of(
            new Rule(Match.BEGINS_WITH, "Red", "Red"), new Rule(Match.BEGINS_WITH, "Amber", "Amber"),
            new Rule(Match.BEGINS_WITH, "Green", "Green"), new Rule(Match.BEGINS_WITH, "Blue", "Blue"),
            new Rule(Match.BEGINS_WITH, "Grey", "Grey"), new Rule(Match.EQUALS, "No target", "Grey")));

    /** LAIT quartile bands: above the median green, C amber, D (the worst quarter) red. */
    static final StatusRules BAND = new StatusRules(List.of(
            new Rule(Match.EQUALS, "A", "Green"), new Rule(Match.EQUALS, "B", "Green"),
            new Rule(Match.EQUALS, "C", "Amber"), new Rule(Match.EQUALS, "D", "Red")));

    /** Compared with a benchmark: better, worse, similar (above and below carry no judgement). */
    static final StatusRules VERDICT = new StatusRules(List.of(
            new Rule(Match.EQUALS, "better", "Green"), new Rule(Match.EQUALS, "worse", "Red"),
            new Rule(Match.EQUALS, "similar", "Grey")));

    /** SPC variation icons and point signals (Making Data Count: blue improvement, orange concern, grey otherwise). */
    static final StatusRules VARIATION = new StatusRules(List.of(
            new Rule(Match.CONTAINS, "improvement", "Blue"), new Rule(Match.CONTAINS, "concern", "Amber"),
            new Rule(Match.CONTAINS, "neutral", "Grey"), new Rule(Match.EQUALS, "Common cause", "Grey")));

    /** SPC assurance icons. */
    static final StatusRules ASSURANCE = new StatusRules(List.of(
            new Rule(Match.EQUALS, AssuranceIcon.CONSISTENTLY_PASSES.label(), "Blue"),
            new Rule(Match.EQUALS, AssuranceIcon.CONSISTENTLY_FAILS.label(), "Amber"),
            new Rule(Match.EQUALS, AssuranceIcon.HIT_AND_MISS.label(), "Grey")));

    /** A Yes/No column where Yes needs attention (overdue, commentary missing). */
    static final StatusRules ATTENTION = new StatusRules(List.of(new Rule(Match.EQUALS, "Yes", "Amber")));

    /** Every key on the cover, in one column. */
    static final StatusRules COVER_KEY = union(RAG_OR_BRAG, BAND, VERDICT, VARIATION, ASSURANCE);

    static StatusRules union(StatusRules... all) {
        List<Rule> rules = new ArrayList<>();
        for (StatusRules s : all) {
            for (Rule r : s.rules) {
                if (!rules.contains(r)) rules.add(r);
            }
        }
        return new StatusRules(List.copyOf(rules));
    }

    /** The fill word for a cell text, or null when no rule matches (first matching rule wins, as in Excel). */
    String wordFor(String text) {
        if (text == null) return null;
        for (Rule r : rules) {
            boolean hit = switch (r.match()) {
                case EQUALS -> text.equalsIgnoreCase(r.text());
                case BEGINS_WITH -> text.regionMatches(true, 0, r.text(), 0, r.text().length());
                case CONTAINS -> text.toLowerCase(java.util.Locale.ROOT).contains(r.text().toLowerCase(java.util.Locale.ROOT));
            };
            if (hit) return r.word();
        }
        return null;
    }
}
