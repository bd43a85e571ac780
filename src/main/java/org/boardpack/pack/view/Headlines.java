package org.boardpack.pack.view;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.Rag;
import org.boardpack.pack.ExceptionList;

/**
 * The summary's opening sentences, worst first: indicators whose RAG worsened since last month (to Red first),
 * indicators new on the act and then the watch list, then RAG improvements; when that makes fewer than
 * {@link #MIN}, the indicators still on the act list. At most {@link #MAX}.
 */
final class Headlines {

    static final int MIN = 3;
    static final int MAX = 6;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Numbers.LOCALE);

    private record Candidate(IndicatorView v, int group, int severity, int order, String text) {
    }

    private Headlines() {
    }

    static List<String> of(List<IndicatorView> indicators, YearMonth period) {
        List<Candidate> candidates = new ArrayList<>();
        List<Candidate> fillers = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorView v = indicators.get(i);
            int now = severity(v.rag());
            int before = severity(v.previousRag());
            if (now > 0 && before > 0 && now != before) {
                String text = v.name() + " moved from " + v.previousRagWord() + " to " + v.ragWord() + ": "
                        + figure(v, period) + ".";
                candidates.add(now > before ? new Candidate(v, 0, now * 10 + (now - before), i, text)
                        : new Candidate(v, 3, now, i, text));
            } else if (v.exceptionStatus().equals("new")) {
                boolean act = v.exceptionList() == ExceptionList.ACT;
                candidates.add(new Candidate(v, act ? 1 : 2, 0, i, v.name() + " is new on the "
                        + (act ? "act" : "watch") + " list (" + v.exceptionText().toLowerCase(Numbers.LOCALE) + "): "
                        + figure(v, period) + "."));
            } else if (v.exceptionList() == ExceptionList.ACT) {
                fillers.add(new Candidate(v, 4, now, i, v.name() + " remains on the act list ("
                        + v.exceptionText().toLowerCase(Numbers.LOCALE) + "): " + figure(v, period) + "."));
            }
        }
        Comparator<Candidate> order = Comparator.comparingInt(Candidate::group)
                .thenComparing(Comparator.comparingInt(Candidate::severity).reversed())
                .thenComparingInt(Candidate::order);
        candidates.sort(order);
        fillers.sort(order);
        List<String> out = new ArrayList<>();
        for (Candidate c : candidates) if (out.size() < MAX) out.add(c.text());
        for (Candidate c : fillers) if (out.size() < MIN) out.add(c.text());
        if (out.isEmpty()) out.add("No indicator changed its RAG since " + MONTH.format(period.minusMonths(1)) + ".");
        return List.copyOf(out);
    }

    /**
     * "58.3% (7 of 12) in October against a target of 85.0%"; for a year-to-date or rolling figure the month's own
     * figure follows ("; October alone: ...").
     */
    static String figure(IndicatorView v, YearMonth period) {
        String month = MONTH.format(period);
        String when = switch (v.aggregation()) {
            case SNAPSHOT -> "in " + month;
            case YTD -> "in the year to date";
            case ROLLING12 -> "over the rolling 12 months";
        };
        String text = v.ratedWithCounts() + " " + when + (v.hasTarget() ? " against a target of " + v.target().withUnit() : "");
        if (v.aggregation() != Aggregation.SNAPSHOT && !v.value().isBlank()) {
            text += "; " + month + " alone: " + v.valueWithCounts();
        }
        return text;
    }

    private static int severity(Rag rag) {
        if (rag == null) return 0;
        return switch (rag) {
            case RED -> 3;
            case AMBER -> 2;
            case GREEN -> 1;
            case NONE -> 0;
        };
    }
}
