package org.boardpack.pack.view;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations the pack and its inputs use: the glossary of every edition, and their spelling out at first use.
 * The pack view walks its texts in reading order once ({@link FirstUse}) and every edition shows the result, so they
 * agree. An abbreviation is only a whole word: not inside a word ("SPCX"), not in a code or id ("JTAI2023-01",
 * "SPC-1", "cpp_2years"), and not where the text already spells it out ("Nurse (ICB)"). Headings and column headers
 * keep the short form; the first sentence or cell of running text that uses it spells it out.
 */
public final class Abbreviations {

    /**
     * One abbreviation.
     *
     * @param abbreviation as written ("DfE")
     * @param spelled      as written out in a sentence, before the abbreviation in brackets ("Department for Education")
     * @param meaning      the glossary's explanation
     */
    public record Entry(String abbreviation, String spelled, String meaning) {
    }

    public static final List<Entry> GLOSSARY = List.of(
            new Entry("BRAG", "blue, red, amber, green", "Blue (complete), Red (off track), Amber (at risk), Green (on track): a recommendation's status"),
            new Entry("CLA", "children looked after", "Children looked after: children in the council's care"),
            new Entry("CP", "child protection", "Child protection"),
            new Entry("DfE", "Department for Education", "Department for Education"),
            new Entry("ICB", "integrated care board", "Integrated care board (the NHS body that plans health services for the area)"),
            new Entry("ICPC", "initial child protection conference", "Initial child protection conference"),
            new Entry("JTAI", "joint targeted area inspection", "Joint targeted area inspection (Ofsted, the Care Quality Commission and the inspectorates of police and probation)"),
            new Entry("LAIT", "Local Authority Interactive Tool", "Local Authority Interactive Tool (DfE's benchmarking tool)"),
            new Entry("LSCB", "Local Safeguarding Children Board", "Local Safeguarding Children Board (replaced by the safeguarding children partnership)"),
            new Entry("MASH", "multi-agency safeguarding hub", "Multi-agency safeguarding hub: where partner agencies share information on referrals about a child"),
            new Entry("RAG", "red, amber, green", "Red, Amber, Green: an indicator's status against its target"),
            new Entry("SN", "statistical neighbours", "Statistical neighbours: the 10 councils most like this one in DfE's model"),
            new Entry("SPC", "statistical process control", "Statistical process control: XmR charts that separate real change from noise (NHS Making Data Count)"),
            new Entry("YTD", "year to date", "Year to date: the financial year from April to the month shown"));

    private static final Pattern WORD;

    static {
        StringBuilder alternatives = new StringBuilder();
        for (Entry e : GLOSSARY) alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(e.abbreviation()));
        // a whole word: no letter, digit or underscore either side, and not joined to one by - / . (a code)
        WORD = Pattern.compile("(?<![\\p{L}\\p{N}_])(?<![\\p{L}\\p{N}][-/.])(" + alternatives
                + ")(?![\\p{L}\\p{N}_])(?![-/.][\\p{L}\\p{N}])");
    }

    private Abbreviations() {
    }

    static Entry entry(String abbreviation) {
        for (Entry e : GLOSSARY) if (e.abbreviation().equals(abbreviation)) return e;
        throw new IllegalArgumentException(abbreviation);
    }

    /**
     * Spells out each abbreviation the first time a text uses it, in the order the texts are given: "MASH" becomes
     * "multi-agency safeguarding hub (MASH)", "DfE's" becomes "Department for Education's (DfE's)". Nothing else in the
     * text changes. One per pack view.
     */
    static final class FirstUse {

        private final Set<String> seen = new HashSet<>();

        String apply(String text) {
            if (text == null || text.isEmpty()) return text;
            Matcher m = WORD.matcher(text);
            StringBuilder out = new StringBuilder();
            int last = 0;
            while (m.find()) {
                String abbr = m.group(1);
                if (!seen.add(abbr)) continue;
                if (spelledAlready(text, m.start(), m.end())) continue;
                Entry e = entry(abbr);
                String spelled = e.spelled();
                if (sentenceStart(text, m.start())) spelled = Character.toUpperCase(spelled.charAt(0)) + spelled.substring(1);
                out.append(text, last, m.start());
                if (text.startsWith("'s", m.end())) {
                    out.append(spelled).append("'s (").append(abbr).append("'s)");
                    last = m.end() + 2;
                } else {
                    out.append(spelled).append(" (").append(abbr).append(')');
                    last = m.end();
                }
            }
            if (last == 0) return text;
            return out.append(text, last, text.length()).toString();
        }

        /** Every text in order. */
        List<String> apply(List<String> texts) {
            return texts.stream().map(this::apply).toList();
        }

        /** "(ICB)": the writer spelled it out before the brackets. */
        private static boolean spelledAlready(String text, int start, int end) {
            return start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')';
        }

        private static boolean sentenceStart(String text, int start) {
            String before = text.substring(0, start).stripTrailing();
            return before.isEmpty() || before.endsWith(".");
        }
    }
}
