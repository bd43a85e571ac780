package org.boardpack.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;

import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.Direction;
import org.boardpack.indicators.Figure;
import org.boardpack.indicators.FinancialYear;
import org.boardpack.indicators.Indicator;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Rag;
import org.boardpack.indicators.Target;
import org.boardpack.indicators.Unit;
import org.boardpack.indicators.spc.PointSignal;
import org.boardpack.input.BoardDefinition;
import org.boardpack.input.Commentary;
import org.boardpack.input.ExceptionRules;
import org.junit.jupiter.api.Test;

/** The engine's figures for hand-built series; every expected value is worked out in the comments. */
class PackBuilderTest {

    private static final LocalDateTime PRODUCED = LocalDateTime.of(2026, 11, 2, 6, 0);

    private static Indicator percent(String id, Polarity polarity, Aggregation aggregation) {
        return new Indicator(id, id, "Area", Unit.PERCENT, polarity, 1, "", "", "", aggregation);
    }

    private static HeldFigure held(String id, String period, double n, double d, String issue, long order) {
        YearMonth p = YearMonth.parse(period);
        return new HeldFigure(new Figure(id, p, "", n, d, 100 * n / d), "scorecards/" + issue + ".csv", 2,
                YearMonth.parse(issue), order);
    }

    private static HeldFigure value(String id, String period, double v) {
        return new HeldFigure(new Figure(id, YearMonth.parse(period), "", null, null, v), "scorecards/" + period + ".csv",
                2, YearMonth.parse(period), 1);
    }

    private static PackModel build(Map<String, Indicator> catalogue, List<Target> targets, List<HeldFigure> held,
                                   String period, Map<String, Commentary> commentary) {
        BoardDefinition board = new BoardDefinition("b", "Board", "", List.of(new BoardDefinition.Section("Area",
                new ArrayList<>(catalogue.keySet()))));
        return new PackBuilder(catalogue, targets, new CurrentFigures(held)).withCommentary(commentary)
                .build(board, "Council", YearMonth.parse(period), 1, PRODUCED, List.of());
    }

    private static IndicatorResult only(PackModel pack) {
        return pack.indicatorList().get(0);
    }

    @Test
    void yearToDateRestartsInAprilAndRolling12CrossesIt() {
        List<HeldFigure> figs = List.of(
                held("x", "2026-02", 10, 20, "2026-02", 1),
                held("x", "2026-03", 30, 40, "2026-03", 2),
                held("x", "2026-04", 5, 10, "2026-04", 3),
                held("x", "2026-05", 9, 10, "2026-05", 4));
        // ytd at May 2026 (financial year 2026-27 from April): (5 + 9) / (10 + 10) = 70.0%
        IndicatorResult ytd = only(build(Map.of("x", percent("x", Polarity.HIGHER, Aggregation.YTD)), List.of(), figs, "2026-05", Map.of()));
        assertThat(ytd.aggregatedValue()).isCloseTo(70.0, within(1e-9));
        assertThat(ytd.value()).isCloseTo(90.0, within(1e-9)); // the month: 9 / 10
        assertThat(ytd.ratedValue()).isEqualTo(ytd.aggregatedValue());
        // ytd at March 2026 is financial year 2025-26: Feb and Mar held: (10 + 30) / (20 + 40) = 66.67%
        IndicatorResult march = only(build(Map.of("x", percent("x", Polarity.HIGHER, Aggregation.YTD)), List.of(), figs, "2026-03", Map.of()));
        assertThat(march.aggregatedValue()).isCloseTo(200.0 / 3, within(1e-9));
        // rolling 12 at May 2026 covers Jun 2025 - May 2026: (10 + 30 + 5 + 9) / (20 + 40 + 10 + 10) = 54 / 80 = 67.5%
        IndicatorResult rolling = only(build(Map.of("x", percent("x", Polarity.HIGHER, Aggregation.ROLLING12)), List.of(), figs, "2026-05", Map.of()));
        assertThat(rolling.aggregatedValue()).isCloseTo(67.5, within(1e-9));
        // snapshot: no aggregated figure, RAG on the month
        IndicatorResult snap = only(build(Map.of("x", percent("x", Polarity.HIGHER, Aggregation.SNAPSHOT)), List.of(), figs, "2026-05", Map.of()));
        assertThat(snap.aggregatedValue()).isNull();
        assertThat(snap.ratedValue()).isCloseTo(90.0, within(1e-9));
    }

    @Test
    void ragAppliesToTheAggregatedFigureTheCatalogueNames() {
        List<HeldFigure> figs = List.of(held("x", "2026-04", 5, 10, "2026-04", 1), held("x", "2026-05", 9, 10, "2026-05", 2));
        // month 90.0 would be Green against 80; year to date 70.0 is 10 below, beyond tolerance 5: Red
        IndicatorResult r = only(build(Map.of("x", percent("x", Polarity.HIGHER, Aggregation.YTD)),
                List.of(new Target("x", new FinancialYear(2026), 80, 5)), figs, "2026-05", Map.of()));
        assertThat(r.rag()).isEqualTo(Rag.RED);
        assertThat(r.exceptionReasons()).contains(ExceptionReason.RED);
    }

    @Test
    void restatementIsKeptReportedAndTheLatestUsed() {
        List<HeldFigure> figs = List.of(
                held("x", "2026-09", 170, 188, "2026-09", 1),   // 90.43%
                held("x", "2026-09", 175, 195, "2026-10", 2),   // restated in October's file: 89.74%
                held("x", "2026-10", 180, 200, "2026-10", 2));  // 90.0%
        PackModel pack = build(Map.of("x", percent("x", Polarity.HIGHER, Aggregation.SNAPSHOT)), List.of(), figs, "2026-10", Map.of());
        assertThat(pack.restatements()).hasSize(1);
        Restatement r = pack.restatements().get(0);
        assertThat(r.period()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(r.oldValue()).isCloseTo(100.0 * 170 / 188, within(1e-9));
        assertThat(r.newValue()).isCloseTo(100.0 * 175 / 195, within(1e-9));
        assertThat(r.oldFile()).isEqualTo("scorecards/2026-09.csv");
        assertThat(r.newFile()).isEqualTo("scorecards/2026-10.csv");
        // the previous month's figure is the restated one: 89.7, so 90.0 is improving
        assertThat(only(pack).previousValue()).isCloseTo(100.0 * 175 / 195, within(1e-9));
        assertThat(only(pack).directionMonth()).isEqualTo(Direction.IMPROVING);
    }

    @Test
    void aTwoMonthMoveAloneMakesNothingAmberIsWatchedAndMissingCommentaryIsFlagged() {
        // higher is better: 90 -> 88 -> 86 worsens twice, with no target: not Red, no SPC limits: on neither list
        List<HeldFigure> figs = List.of(value("x", "2026-08", 90), value("x", "2026-09", 88), value("x", "2026-10", 86));
        Indicator x = new Indicator("x", "x", "Area", Unit.NUMBER, Polarity.HIGHER, 1, "", "", "", Aggregation.SNAPSHOT);
        IndicatorResult r = only(build(Map.of("x", x), List.of(), figs, "2026-10", Map.of()));
        assertThat(r.isException()).isFalse();
        assertThat(r.exceptionList()).isEqualTo(ExceptionList.NONE);
        // with a target of 88 +/- 5, 86 is Amber (within the tolerance, below target): watched; September (88) was Green
        List<Target> t = List.of(new Target("x", new FinancialYear(2026), 88, 5));
        IndicatorResult amber = only(build(Map.of("x", x), t, figs, "2026-10", Map.of()));
        assertThat(amber.rag()).isEqualTo(Rag.AMBER);
        assertThat(amber.exceptionList()).isEqualTo(ExceptionList.WATCH);
        assertThat(amber.exceptionReasons()).containsExactly(ExceptionReason.AMBER);
        assertThat(amber.previousRag()).isEqualTo(Rag.GREEN);
        assertThat(amber.previousList()).isEqualTo(ExceptionList.NONE);
        assertThat(amber.commentaryMissing()).isTrue();
        // a board that acts on Amber (exceptions: act: [red, amber]) puts it on the act list
        BoardDefinition actsOnAmber = new BoardDefinition("b", "Board", "", List.of(new BoardDefinition.Section("Area", List.of("x"))),
                new ExceptionRules(EnumSet.of(ExceptionRules.Condition.RED, ExceptionRules.Condition.AMBER), EnumSet.noneOf(ExceptionRules.Condition.class)));
        IndicatorResult acted = new PackBuilder(Map.of("x", x), t, new CurrentFigures(figs))
                .build(actsOnAmber, "Council", YearMonth.of(2026, 10), 1, PRODUCED, List.of()).indicatorList().get(0);
        assertThat(acted.exceptionList()).isEqualTo(ExceptionList.ACT);
    }

    @Test
    void spcConcernOnTheLastPointIsAnException() {
        // lower is better; 19 months alternating 10 and 12 (mean 11, mean moving range 2, upper limit 11 + 2.66 x 2 = 16.32)
        // then 30, far above the upper limit: special cause concern (high)
        List<HeldFigure> figs = new ArrayList<>();
        YearMonth m = YearMonth.of(2025, 4);
        for (int i = 0; i < 19; i++) figs.add(value("x", m.plusMonths(i).toString(), i % 2 == 0 ? 10 : 12));
        figs.add(value("x", m.plusMonths(19).toString(), 30));
        Indicator x = new Indicator("x", "x", "Area", Unit.NUMBER, Polarity.LOWER, 1, "", "", "", Aggregation.SNAPSHOT);
        IndicatorResult r = only(build(Map.of("x", x), List.of(), figs, m.plusMonths(19).toString(), Map.of()));
        assertThat(r.spc().lastPoint().signal()).isEqualTo(PointSignal.CONCERN);
        assertThat(r.exceptionReasons()).contains(ExceptionReason.SPC_CONCERN);
        assertThat(r.exceptionList()).isEqualTo(ExceptionList.ACT);
        // the same concern on a Green indicator (target 40, far above every point: lower is better) is watched
        List<Target> t = List.of(new Target("x", FinancialYear.of(m.plusMonths(19)), 40, 2));
        IndicatorResult green = only(build(Map.of("x", x), t, figs, m.plusMonths(19).toString(), Map.of()));
        assertThat(green.rag()).isEqualTo(Rag.GREEN);
        assertThat(green.exceptionList()).isEqualTo(ExceptionList.WATCH);
        assertThat(green.exceptionReasons()).containsExactly(ExceptionReason.SPC_CONCERN);
    }

    @Test
    void commentaryIsAttachedToExceptionsAndKeptForOthers() {
        Map<String, Indicator> cat = new LinkedHashMap<>();
        cat.put("red", percent("red", Polarity.HIGHER, Aggregation.SNAPSHOT));
        cat.put("fine", percent("fine", Polarity.HIGHER, Aggregation.SNAPSHOT));
        List<HeldFigure> figs = List.of(held("red", "2026-10", 50, 100, "2026-10", 1), held("fine", "2026-10", 95, 100, "2026-10", 1));
        List<Target> targets = List.of(new Target("red", new FinancialYear(2026), 90, 5), new Target("fine", new FinancialYear(2026), 90, 5));
        Commentary note = new Commentary("fine", "Head of Service", "Service lead", "Good news.", "commentary/2026-10.csv", 2);
        PackModel pack = build(cat, targets, figs, "2026-10", Map.of("fine", note));
        IndicatorResult red = pack.indicatorList().get(0);
        IndicatorResult fine = pack.indicatorList().get(1);
        assertThat(red.isException()).isTrue();
        assertThat(red.commentaryMissing()).isTrue();
        assertThat(fine.isException()).isFalse();
        assertThat(fine.commentary().text()).isEqualTo("Good news.");
        assertThat(fine.commentaryMissing()).isFalse();
        assertThat(pack.exceptions()).extracting(IndicatorResult::id).containsExactly("red");
    }

    @Test
    void dataQualityNotesMissingFigureNoTargetAndGaps() {
        // figures for Jun and Aug (gap in Jul), none for Oct; higher is better with no target
        List<HeldFigure> figs = List.of(value("x", "2026-06", 5), value("x", "2026-08", 6));
        Indicator x = new Indicator("x", "x", "Area", Unit.NUMBER, Polarity.HIGHER, 1, "", "", "", Aggregation.SNAPSHOT);
        IndicatorResult r = only(build(Map.of("x", x), List.of(), figs, "2026-10", Map.of()));
        assertThat(r.value()).isNull();
        assertThat(r.dataQuality()).containsExactly("No figure for 2026-10; the latest is for 2026-08",
                "No target for 2026-27", "Gaps in the series: 2026-07");
    }

    @Test
    void teamsHaveTheirOwnFiguresAndSeries() {
        List<HeldFigure> figs = new ArrayList<>(List.of(held("x", "2026-09", 80, 100, "2026-09", 1), held("x", "2026-10", 90, 100, "2026-10", 2)));
        figs.add(new HeldFigure(new Figure("x", YearMonth.of(2026, 9), "North", 30.0, 40.0, 75.0), "scorecards/2026-09.csv", 3, YearMonth.of(2026, 9), 1));
        figs.add(new HeldFigure(new Figure("x", YearMonth.of(2026, 10), "North", 36.0, 40.0, 90.0), "scorecards/2026-10.csv", 3, YearMonth.of(2026, 10), 2));
        IndicatorResult r = only(build(Map.of("x", percent("x", Polarity.HIGHER, Aggregation.SNAPSHOT)), List.of(), figs, "2026-10", Map.of()));
        // the authority's figures are unaffected by the team rows: 90 / 100
        assertThat(r.value()).isCloseTo(90.0, within(1e-9));
        assertThat(r.teams()).hasSize(1);
        TeamFigure north = r.teams().get(0);
        assertThat(north.team()).isEqualTo("North");
        assertThat(north.value()).isCloseTo(90.0, within(1e-9));       // 36 / 40
        assertThat(north.previousValue()).isCloseTo(75.0, within(1e-9)); // 30 / 40
        assertThat(north.series()).extracting(SeriesPoint::period).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10));
    }
}
