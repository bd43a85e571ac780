package org.boardpack.pack.view;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a chart shows, in one sentence built from its data: the alternative text and description of every edition's
 * trend and SPC charts, so a reader who cannot see the chart gets its message, not its structure. For example
 * "Average duration of care proceedings rose for 8 months to Oct 2026, from 33.2 to 40.2 weeks, above the upper
 * process limit (38.1 weeks); target 32.0 weeks".
 *
 * <p>The run is the latest unbroken stretch of month-on-month moves the same way ending at the last month with a
 * figure; a gap (a month with no figure) ends it.
 */
public final class ChartMessage {

    private ChartMessage() {
    }

    /**
     * The trend chart: the figure it draws as its main line (the rated one for year-to-date and rolling
     * indicators), the latest RAG and the target.
     */
    public static String trend(IndicatorView r) {
        ChartSeries c = r.chart();
        String what = c.ratedSeries() ? r.name() + " (" + c.mainTitle().toLowerCase(Locale.ROOT) + ")" : r.name();
        StringBuilder sb = new StringBuilder(what).append(' ').append(movement(c.months(), m -> m.charted(c.ratedSeries())));
        if (!r.rated().isBlank() && r.hasTarget()) {
            sb.append("; ").append(r.ragWord()).append(" against a target of ").append(r.target().withUnit());
        } else if (r.hasTarget()) {
            sb.append("; target ").append(r.target().withUnit());
        } else {
            sb.append("; no target");
        }
        ChartMonth last = c.months().isEmpty() ? null : c.months().get(c.months().size() - 1);
        if (c.hasEngland() && last != null && !last.england().isBlank()) {
            sb.append("; England ").append(last.england().withUnit()).append(" (").append(last.benchmarkYear()).append(')');
        }
        return sb.toString();
    }

    /** The SPC chart: the monthly figure, where its latest point sits against the limits, and the target. */
    public static String spc(IndicatorView r) {
        SpcView spc = r.spc();
        StringBuilder sb = new StringBuilder(r.name()).append(' ').append(movement(r.chart().months(), ChartMonth::value));
        if (!spc.hasLimits()) {
            sb.append("; ").append(lowerFirst(spc.limits()));
        } else {
            String limits = spc.trial() ? "trial limit" : "process limit";
            Shown last = spc.lastPointValue();
            if (last.isSuppressed() || spc.upperLimit().isSuppressed() || spc.lowerLimit().isSuppressed()) {
                sb.append(", its limits withheld for small numbers");
            } else if (!last.isBlank() && !spc.upperLimit().isBlank() && last.number().compareTo(spc.upperLimit().number()) > 0) {
                sb.append(", above the upper ").append(limits).append(" (").append(spc.upperLimit().withUnit()).append(')');
            } else if (!last.isBlank() && !spc.lowerLimit().isBlank() && last.number().compareTo(spc.lowerLimit().number()) < 0) {
                sb.append(", below the lower ").append(limits).append(" (").append(spc.lowerLimit().withUnit()).append(')');
            } else {
                sb.append(", within the ").append(limits).append("s (").append(spc.lowerLimit().text()).append(" to ")
                        .append(spc.upperLimit().withUnit()).append(')');
            }
            sb.append("; mean ").append(spc.mean().withUnit()).append("; ").append(lowerFirst(spc.variation()));
        }
        sb.append(r.hasTarget() ? "; target " + r.target().withUnit() : "; no target");
        return sb.toString();
    }

    /**
     * "rose for 8 months to Oct 2026, from 33.2 to 40.2 weeks", "fell in Oct 2026, from 22.0% to 21.1%",
     * "was unchanged at 12 in Oct 2026", "was 12 in Oct 2026, the only month with a figure", "has no figures".
     */
    static String movement(List<ChartMonth> months, Function<ChartMonth, Shown> figure) {
        int end = months.size() - 1;
        while (end >= 0 && figure.apply(months.get(end)).isBlank()) end--;
        if (end < 0) return "has no figures to chart";
        Shown latest = figure.apply(months.get(end));
        String month = months.get(end).label();
        // a figure withheld under the small-number rule (the partner edition) has no number to compare
        if (latest.isSuppressed()) return "was " + latest.text() + " (withheld: small numbers) in " + month;
        if (end == 0 || figure.apply(months.get(end - 1)).isBlank()) {
            return "was " + latest.withUnit() + " in " + month + ", with no figure the month before";
        }
        if (figure.apply(months.get(end - 1)).isSuppressed()) {
            return "was " + latest.withUnit() + " in " + month + ", the month before withheld (small numbers)";
        }
        int sign = Integer.signum(latest.number().compareTo(figure.apply(months.get(end - 1)).number()));
        int start = end - 1;
        while (start > 0) {
            Shown before = figure.apply(months.get(start - 1));
            if (before.isBlank() || before.isSuppressed()) break;
            int s = Integer.signum(figure.apply(months.get(start)).number().compareTo(before.number()));
            if (s != sign) break;
            start--;
        }
        int count = end - start;
        Shown from = figure.apply(months.get(start));
        if (sign == 0) {
            return "was unchanged at " + latest.withUnit() + (count == 1 ? " in " + month
                    : " for " + count + " months to " + month);
        }
        String verb = sign > 0 ? "rose" : "fell";
        String when = count == 1 ? " in " + month : " for " + count + " months to " + month;
        String fromText = latest.withUnit().startsWith(latest.text() + " ") ? from.text() : from.withUnit();
        return verb + when + ", from " + fromText + " to " + latest.withUnit();
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) return "";
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
