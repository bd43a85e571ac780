package org.boardpack.pack.view;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boardpack.input.InputProblem;
import org.boardpack.pack.ExceptionList;
import org.boardpack.pack.Edition;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.Suppression;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackSection;
import org.boardpack.pack.PackStyle;
import org.boardpack.pack.RagCounts;
import org.boardpack.pack.Restatement;
import org.boardpack.recommendations.Recommendation;
import org.boardpack.recommendations.RecommendationStatus;
import org.boardpack.recommendations.RecommendationTracker;

/**
 * Everything a reader of the pack sees, decided once from the pack model: the parts in order, every figure as text
 * and number, the wording, the one movers ranking, the chart series, the status colours and the produced time in
 * Europe/London. The Excel, PDF, CSV and email editions lay this out and compute nothing.
 *
 * @param coverTitle       the council's cover title, else the board's title
 * @param producedAt       when the pack was produced, in {@link #ZONE}
 * @param sections         the areas in board order
 * @param indicators       every indicator in pack order
 * @param exceptions       the exceptions in pack order
 * @param movers           the biggest movers since last month, biggest first
 * @param rejectedRows     how many input rows were left out under --skip-invalid (each row once, however many
 *                         errors it has)
 * @param exceptionDigest  one line per exception for the email
 * @param overdueDigest    one line per overdue recommendation for the email
 * @param headlines        the summary's opening sentences, worst first (3 to 6 when there is that much to say)
 * @param act              the exceptions to act on, in pack order ({@code exceptions} is act then watch)
 * @param watch            the exceptions to watch, in pack order
 * @param closedExceptions last month's exceptions that are not exceptions now, listed once in the summary
 * @param moversExcluded   indicators that moved but rest on small numbers, left out of the movers, in pack order
 * @param smallNumbers     the denominator below which a figure is flagged "small numbers: read with care"
 * @param edition          the edition laid out (full, partner)
 * @param editionNote      how the edition differs, for its cover and email: for the partner edition, how small
 *                         numbers were suppressed; empty for the full edition
 * @param moversNote       how the movers are ranked (under the movers table)
 * @param scorecardNotes   the note under each area's scorecard, by area
 * @param benchmarksNotes  the note under each area's benchmarks (or why it has none), by area
 * @param exceptionsIntro  the exceptions section's opening sentence
 * @param commentaryTexts  each exception's commentary as shown, by indicator id
 * @param definitions      the definitions' "Reading the pack" sentences, in order
 * @param suppression      the small-number rule this edition applies, or null (the full edition)
 */
public record PackView(String boardId, String boardTitle, String boardDescription, String coverTitle,
                       String coverSubtitle, String contact, byte[] logoPng, String authority, YearMonth period,
                       String periodLabel, String monthLabel, int revision, ZonedDateTime producedAt,
                       String producedText, String marking, List<SectionView> sections,
                       List<IndicatorView> indicators, List<IndicatorView> exceptions, List<Mover> movers,
                       RagCounts ragCounts, RecommendationTracker recommendations,
                       List<RestatementView> restatements, List<InputProblem> inputWarnings, long rejectedRows,
                       StatusPalette palette, List<String> exceptionDigest, List<String> overdueDigest,
                       List<String> headlines, List<IndicatorView> act, List<IndicatorView> watch,
                       List<IndicatorView> closedExceptions, List<IndicatorView> moversExcluded, int smallNumbers,
                       Edition edition, String editionNote, String moversNote, List<String> scorecardNotes,
                       List<String> benchmarksNotes, String exceptionsIntro, Map<String, String> commentaryTexts,
                       List<Definitions.Sentence> definitions, Suppression suppression) {

    /** The time zone of every date and time the pack shows. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final int MOVERS = MoverRanking.HOW_MANY;

    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Numbers.LOCALE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Numbers.LOCALE);
    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Numbers.LOCALE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Numbers.LOCALE);

    /** The view of a pack; the model's produced time is Europe/London local time (the job's clock). */
    public static PackView of(PackModel pack) {
        PackStyle style = pack.style() == null ? PackStyle.defaults() : pack.style();
        StatusPalette palette = StatusPalette.of(style);
        List<SectionView> sections = new ArrayList<>();
        List<IndicatorView> all = new ArrayList<>();
        List<IndicatorResult> results = new ArrayList<>();
        Suppression rule = pack.edition() == Edition.PARTNER ? pack.suppression() : null;
        Map<String, IndicatorResult> resultById = new HashMap<>();
        for (int i = 0; i < pack.sections().size(); i++) {
            PackSection s = pack.sections().get(i);
            List<IndicatorView> views = new ArrayList<>();
            for (IndicatorResult r : s.indicators()) {
                IndicatorView v = IndicatorViews.of(r, pack.period(), palette, pack.smallNumbers(),
                        SmallNumbers.of(r, pack.period(), rule));
                resultById.putIfAbsent(r.id(), r);
                views.add(v);
                all.add(v);
                results.add(r);
            }
            sections.add(new SectionView(i, s.title(), List.copyOf(views), s.ragCounts()));
        }
        List<IndicatorView> act = all.stream().filter(v -> v.exceptionList() == ExceptionList.ACT).toList();
        List<IndicatorView> watch = all.stream().filter(v -> v.exceptionList() == ExceptionList.WATCH).toList();
        List<IndicatorView> exceptions = new ArrayList<>(act);
        exceptions.addAll(watch);
        MoverRanking.Ranking movers = MoverRanking.rank(results, all, pack.smallNumbers());
        Map<String, IndicatorView> byId = new HashMap<>();
        for (IndicatorView v : all) byId.putIfAbsent(v.id(), v);
        List<RestatementView> restatements = new ArrayList<>();
        for (Restatement r : pack.restatements()) {
            IndicatorView v = byId.get(r.indicatorId());
            int d = v == null ? 2 : v.decimals();
            var unit = v == null ? null : v.unit();
            boolean withheld = SmallNumbers.restatementWithheld(r, resultById.get(r.indicatorId()), pack.period(), rule);
            Shown was = withheld ? Shown.suppressed(rule.code()) : Numbers.shown(r.oldValue(), d, unit);
            Shown now = withheld ? Shown.suppressed(rule.code()) : Numbers.shown(r.newValue(), d, unit);
            restatements.add(new RestatementView(r.indicatorId(), v == null ? r.indicatorId() : v.name(), r.period(),
                    month(r.period()), Wording.team(r.team()), was, now, withheld ? "" : restatementNote(r, was, now),
                    r.oldFile(), r.newFile()));
        }
        ZonedDateTime produced = pack.producedAt() == null ? null : pack.producedAt().atZone(ZONE);
        String coverTitle = style.coverTitle() != null && !style.coverTitle().isBlank() ? style.coverTitle()
                : pack.boardTitle();

        // abbreviations spelled out at first use, the texts taken in the pack's reading order (as the PDF and HTML)
        Abbreviations.FirstUse first = new Abbreviations.FirstUse();
        String description = first.apply(nz(pack.boardDescription()));
        String subtitle = first.apply(nz(style.coverSubtitle()));
        List<String> headlines = first.apply(Headlines.of(all, pack.period()));
        String moversNote = first.apply(Definitions.MOVERS_NOTE);
        List<String> scorecardNotes = new ArrayList<>();
        List<String> benchmarksNotes = new ArrayList<>();
        for (SectionView s : sections) {
            boolean empty = s.indicators().isEmpty();
            scorecardNotes.add(empty ? Definitions.SCORECARD_NOTE : first.apply(Definitions.SCORECARD_NOTE));
            boolean published = s.indicators().stream().anyMatch(v -> v.benchmark().published());
            String note = published ? Definitions.benchmarksNote(nz(pack.authority())) : Definitions.NO_BENCHMARKS;
            benchmarksNotes.add(empty ? note : first.apply(note));
        }
        String exceptionsIntro = first.apply(Definitions.exceptionsIntro(exceptions.size()));
        Map<String, String> commentary = new HashMap<>();
        for (IndicatorView v : exceptions) {
            if (v.commentary() != null) commentary.putIfAbsent(v.id(), first.apply(v.commentary().text()));
        }
        for (IndicatorView v : all) {
            if (v.commentary() != null) commentary.putIfAbsent(v.id(), v.commentary().text());
        }
        RecommendationTracker tracker = spelled(pack.recommendations(), first);
        String smallText = smallNumbersText(pack.smallNumbers());
        List<Definitions.Sentence> definitions = Definitions.readingThePack(smallText).stream()
                .map(d -> new Definitions.Sentence(d.topic(), first.apply(d.text()))).toList();

        return new PackView(pack.boardId(), pack.boardTitle(), description, coverTitle,
                subtitle, nz(style.contact()), style.logoPng(), nz(pack.authority()), pack.period(),
                LONG_MONTH.format(pack.period()), MONTH.format(pack.period()), pack.revision(), produced,
                produced == null ? "" : PRODUCED.format(produced), pack.marking(), List.copyOf(sections),
                List.copyOf(all), List.copyOf(exceptions), movers.movers(), pack.ragCounts(),
                tracker, List.copyOf(restatements), pack.inputWarnings(),
                rejectedRows(pack.inputWarnings()), palette,
                exceptionDigest(exceptions), overdueDigest(pack.recommendations()), headlines,
                act, watch, all.stream().filter(v -> v.exceptionStatus().equals("closed")).toList(),
                movers.excluded(), pack.smallNumbers(), pack.edition(),
                rule == null ? "" : rule.description(), moversNote, List.copyOf(scorecardNotes),
                List.copyOf(benchmarksNotes), exceptionsIntro, Map.copyOf(commentary), definitions, rule);
    }

    /** The tracker with each recommendation's theme, text and progress spelled out at first use (in file order). */
    private static RecommendationTracker spelled(RecommendationTracker t, Abbreviations.FirstUse first) {
        if (t == null) return null;
        List<RecommendationStatus> items = new ArrayList<>();
        for (RecommendationStatus s : t.items()) {
            Recommendation r = s.recommendation();
            Recommendation spelled = new Recommendation(r.id(), r.source(), r.sourceDate(), first.apply(r.theme()),
                    first.apply(r.text()), r.owner(), r.dueDate(), r.status(), first.apply(r.progress()),
                    r.lastUpdated(), r.linkedIndicators(), r.file(), r.line(), r.boards());
            items.add(new RecommendationStatus(spelled, s.brag(), s.overdue(), s.daysOverdue(), s.daysSinceUpdate(),
                    s.stale(), s.movement(), s.previousStatus(), s.evidence(), s.check(), s.checkReason()));
        }
        return new RecommendationTracker(t.period(), t.periodEnd(), t.staleAfterDays(), t.previousSnapshotAvailable(),
                items, t.missingThisMonth(), t.totals(), t.bySource(), t.byOwner(), t.byMovement());
    }

    /** The exception's commentary as the pack shows it (abbreviations spelled out at first use), or "" when none. */
    public String commentaryText(IndicatorView v) {
        return v.commentary() == null ? "" : commentaryTexts.getOrDefault(v.id(), v.commentary().text());
    }

    /**
     * A count (a numerator, a denominator, a count-unit figure) as this edition may show it: the suppression code when
     * the edition's rule withholds it, whatever the figure says, so no layout can print a small count by mistake.
     */
    public Shown count(Shown count) {
        if (suppression == null || count.isSuppressed() || !suppression.suppresses(count.value())) return count;
        return Shown.suppressed(suppression.code());
    }

    /** The abbreviations and their meanings, for every edition's glossary. */
    public List<Abbreviations.Entry> glossary() {
        return Abbreviations.GLOSSARY;
    }

    /**
     * What changed when the figure shown did not: "85.2% both times: 202 of 237 became 208 of 244", or "85.2% both
     * times (the unrounded figure changed)" when there are no counts; empty when the figure shown changed.
     */
    static String restatementNote(Restatement r, Shown was, Shown now) {
        if (!was.withUnit().equals(now.withUnit())) return "";
        String both = was.withUnit() + " both times";
        if (!r.countsChanged()) return both + " (the unrounded figure changed)";
        return both + ": " + Numbers.count(r.oldNumerator()).text() + " of " + Numbers.count(r.oldDenominator()).text()
                + " became " + Numbers.count(r.newNumerator()).text() + " of " + Numbers.count(r.newDenominator()).text();
    }

    /** "September 2026": the month the changes are counted from. */
    public String previousPeriodLabel() {
        return LONG_MONTH.format(period.minusMonths(1));
    }

    /** "Closed since September 2026 (no longer on either list): X, Green (was Red).", or "" when none closed. */
    public String closedText() {
        if (closedExceptions.isEmpty()) return "";
        return "Closed since " + previousPeriodLabel() + " (no longer on either list): " + String.join("; ",
                closedExceptions.stream().map(r -> r.name() + ", " + r.ragWord() + " (was " + r.previousRagWord() + ")").toList()) + ".";
    }

    /** "Act: 3; watch: 2." */
    public String actWatchText() {
        return "Act: " + act.size() + "; watch: " + watch.size() + ".";
    }

    /** What the definitions say about small numbers and counts. */
    public String smallNumbersText() {
        return smallNumbersText(smallNumbers);
    }

    private static String smallNumbersText(int smallNumbers) {
        return "Small numbers: a percentage or rate whose denominator is below " + smallNumbers + " is marked \""
                + IndicatorView.SMALL_NUMBERS + "\" beside the figure and its move is left out of the biggest movers. "
                + "Each figure shows its counts (\"58.3% (7 of 12)\").";
    }

    /** The movers note on moves left out for small numbers, or "" when none was. */
    public String moversExcludedNote() {
        if (moversExcluded.isEmpty()) return "";
        return "Left out for small numbers (a denominator below " + smallNumbers + " this month or last): " + moversExcludedText() + ".";
    }

    /**
     * The moves left out of the movers for small numbers, each with both months' counts: "Initial child protection
     * conferences within 15 working days: 75.0% (12 of 16) to 95.8% (23 of 24)".
     */
    public String moversExcludedText() {
        return String.join("; ", moversExcluded.stream().map(PackView::excludedMove).toList());
    }

    private static String excludedMove(IndicatorView v) {
        List<ChartMonth> months = v.chart().months();
        ChartMonth before = months.size() < 2 ? null : months.get(months.size() - 2);
        String counts = before == null || before.numerator().isBlank() || before.denominator().isBlank() ? ""
                : " (" + before.numerator().text() + " of " + before.denominator().text() + ")";
        return v.name() + ": " + v.previous().withUnit() + counts + " to " + v.value().withUnit()
                + (v.valueCounts().isEmpty() ? "" : " (" + v.valueCounts() + ")");
    }

    /** The rows left out: each row with errors once, however many it has (a file's own errors are not rows). */
    static long rejectedRows(List<InputProblem> problems) {
        return problems.stream().filter(p -> p.isError() && p.line() > 0).map(p -> p.file() + "|" + p.line())
                .distinct().count();
    }

    /** How many input files were left out whole under --skip-invalid: files with an error of the file itself (e.g. a missing column). */
    public long unreadFiles() {
        return inputWarnings.stream().filter(p -> p.isError() && p.line() == 0).map(InputProblem::file).distinct().count();
    }

    /** How many input problems are warnings (not errors). */
    public long inputWarningCount() {
        return inputWarnings.stream().filter(p -> !p.isError()).count();
    }

    /** "Oct 2026". */
    public static String month(YearMonth m) {
        return m == null ? "" : MONTH.format(m);
    }

    /** "30 Sep 2026". */
    public static String date(java.time.LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** The produced time as a local date-time in {@link #ZONE} (for document properties). */
    public LocalDateTime producedLocal() {
        return producedAt == null ? null : producedAt.toLocalDateTime();
    }

    /**
     * "Care proceedings average duration: rated on the rolling 12 months: 40.2 weeks, Red; target 26.0 weeks
     * (Red against target) - commentary missing".
     */
    static List<String> exceptionDigest(List<IndicatorView> exceptions) {
        return exceptions.stream()
                .map(v -> v.name() + ": " + v.headline() + (v.hasTarget() ? "; target " + v.target().withUnit() : "")
                        + " (" + v.exceptionText() + ")" + "; " + v.exceptionListWord().toLowerCase(Numbers.LOCALE)
                        + ", " + v.exceptionStatus() + (v.commentaryMissing() ? " - commentary missing" : ""))
                .toList();
    }

    /**
     * One line per mover for the email, in the ranking's order, with the figures the workbook and PDF show:
     * "Care leavers in education, employment or training: from 58.0% to 62.5% (change 4.5), Improving".
     */
    public List<String> moverDigest() {
        return movers.stream()
                .map(m -> m.indicator().name() + ": from " + m.indicator().previous().withUnit() + " to "
                        + m.indicator().value().withUnit() + " (change " + m.change().text() + "), "
                        + m.indicator().directionMonthWord())
                .toList();
    }

    /** One line per indicator with no figure for the period, in pack order: "Care leavers in touch: no figure for October 2026". */
    public List<String> missingDigest() {
        return indicators.stream().filter(v -> v.value().isBlank()).map(v -> v.name() + ": no figure for " + periodLabel).toList();
    }

    /** "R2017-05 Return home interviews: due 31 Aug 2026, 61 days overdue (Head of Service, ...)". */
    static List<String> overdueDigest(RecommendationTracker tracker) {
        if (tracker == null) return List.of();
        return tracker.items().stream().filter(RecommendationStatus::overdue)
                .map(s -> s.recommendation().id() + " " + s.recommendation().theme() + ": due "
                        + date(s.recommendation().dueDate()) + ", " + Wording.plural(s.daysOverdue(), "day", "days")
                        + " overdue (" + s.recommendation().owner() + ")")
                .toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
