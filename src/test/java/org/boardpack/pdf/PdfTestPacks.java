package org.boardpack.pdf;

import org.boardpack.support.SamplePacks;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.Figure;
import org.boardpack.indicators.FinancialYear;
import org.boardpack.indicators.Indicator;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Target;
import org.boardpack.indicators.Unit;
import org.boardpack.input.BoardDefinition;
import org.boardpack.input.Commentary;
import org.boardpack.input.InputProblem;
import org.boardpack.intake.InputSet;
import org.boardpack.intake.InputValidator;
import org.boardpack.input.ScorecardRow;
import org.boardpack.pack.CurrentFigures;
import org.boardpack.pack.HeldFigure;
import org.boardpack.pack.PackBuilder;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackStyle;
import org.boardpack.recommendations.PlanStatus;
import org.boardpack.recommendations.Recommendation;
import org.boardpack.recommendations.RecommendationInput;
import org.boardpack.recommendations.RecommendationSnapshot;

/** Pack models for the PDF tests: the shipped sample built in memory (no Spring, no store). */
final class PdfTestPacks {

    static final YearMonth SAMPLE_PERIOD = YearMonth.of(2026, 10);
    static final LocalDateTime PRODUCED = LocalDateTime.of(2026, 11, 2, 6, 0);

    private static PackModel sample;

    private PdfTestPacks() {
    }

    /** The improvement board's October 2026 pack from input/ and templates/, as the job computes it. */
    static synchronized PackModel sample() {
        if (sample == null) sample = build("improvement-board", SAMPLE_PERIOD);
        return sample;
    }

    static PackModel build(String board, YearMonth period) {
        return SamplePacks.build(Path.of("input"), Path.of("templates"), board, period);
    }

    /** How many indicators, areas and recommendations the stress pack has. */
    static final int STRESS_INDICATORS = 60;
    static final int STRESS_AREAS = 6;
    static final int STRESS_RECOMMENDATIONS = 40;
    /** The id of the stress indicator with the 200-character name and the 2,000-character commentary (Red). */
    static final String LONG_ID = "stress_01_01";
    /** The id of the recommendation with a 2,000-character text and a 2,000-character progress note. */
    static final String LONG_REC = "STRESS-01";
    static final String END_OF_COMMENTARY = "End of the long commentary.";
    static final String END_OF_PROGRESS = "End of the long progress note.";
    static final String END_OF_TEXT = "End of the long recommendation.";

    /** A name of exactly {@code length} characters. */
    static String words(String start, int length, String end) {
        String filler = " Figures are checked by the performance team every month before the board sees them, and"
                + " owners explain every change that matters to children and families in their own words.";
        StringBuilder sb = new StringBuilder(start);
        while (sb.length() < length - end.length() - 1) sb.append(filler);
        sb.setLength(length - end.length() - 1);
        if (sb.charAt(sb.length() - 1) == ' ') sb.setCharAt(sb.length() - 1, '.');
        return sb + " " + end;
    }

    static final String LONG_NAME = words("Percentage of children and young people", 200, "(long name)");

    /**
     * A synthetic pack built by the real engine: 60 indicators in 6 areas (one with a 200-character name, several
     * with 2,000-character commentary), 24 months each with gaps and a missing month (and one indicator with no
     * figures, one with 6 months and one with 15), 40 recommendations (one with
     * 2,000-character text and progress), input warnings and a logo with transparency.
     */
    static PackModel stress() {
        YearMonth period = SAMPLE_PERIOD;
        Random random = new Random(20261031);
        Map<String, Indicator> catalogue = new LinkedHashMap<>();
        List<BoardDefinition.Section> sections = new ArrayList<>();
        List<HeldFigure> held = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        Map<String, Commentary> commentary = new HashMap<>();
        Unit[] units = {Unit.PERCENT, Unit.RATE_PER_10K, Unit.NUMBER, Unit.WEEKS, Unit.DAYS, Unit.COUNT};
        Polarity[] polarities = {Polarity.HIGHER, Polarity.LOWER, Polarity.NONE};
        int perArea = STRESS_INDICATORS / STRESS_AREAS;
        for (int a = 1; a <= STRESS_AREAS; a++) {
            String area = "Stress area " + a;
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= perArea; i++) {
                int k = (a - 1) * perArea + i;
                String id = String.format("stress_%02d_%02d", a, i);
                boolean longOne = id.equals(LONG_ID);
                Unit unit = longOne ? Unit.PERCENT : units[k % units.length];
                Polarity polarity = longOne ? Polarity.HIGHER : polarities[k % polarities.length];
                int decimals = longOne ? 1 : k % 3;
                Aggregation aggregation = unit == Unit.PERCENT && k % 2 == 0 ? Aggregation.YTD : Aggregation.SNAPSHOT;
                String name = longOne ? LONG_NAME : "Stress indicator " + a + "." + i + " (" + unit.code() + ")";
                catalogue.put(id, new Indicator(id, name, area, unit, polarity, decimals,
                        "Synthetic indicator " + id + " for the layout stress test.", "Test data", "", aggregation));
                ids.add(id);
                double base = 20 + random.nextInt(60);
                double slope = (random.nextDouble() - 0.5) * 2;
                int firstMonth = k == STRESS_INDICATORS ? 24      // no figures at all
                        : k == STRESS_INDICATORS - 1 ? 18         // 6 months: no SPC limits
                        : k == STRESS_INDICATORS - 2 ? 9 : 0;     // 15 months: trial limits
                for (int m = firstMonth; m < 24; m++) {
                    YearMonth month = period.minusMonths(23 - m);
                    if (k % 9 == 4 && m == 17) continue;          // a gap in the series
                    if (k % 13 == 6 && m == 23) continue;         // no figure for the pack's month
                    double value = longOne ? 50 + random.nextGaussian() * 3
                            : Math.max(0.5, base + slope * m + random.nextGaussian() * 4);
                    Double num = null;
                    Double den = null;
                    if (unit.isRatio()) {
                        den = unit == Unit.PERCENT ? 200.0 : 40000.0;
                        num = (double) Math.round(value * den / unit.scale());
                        value = unit.scale() * num / den;
                    }
                    held.add(new HeldFigure(new Figure(id, month, "", num, den, value), "scorecards/" + month + ".csv",
                            2 + k, month, m + 1));
                }
                if (polarity != Polarity.NONE) {
                    double target = longOne ? 90 : base + (k % 4 == 0 ? (polarity == Polarity.HIGHER ? 15 : -15) : 0);
                    targets.add(new Target(id, FinancialYear.of(period), target, 2));
                }
                String text = longOne || k % 5 == 0
                        ? words("Commentary for " + id + ".", 2000, END_OF_COMMENTARY)
                        : "Short commentary for " + id + ": the service lead explains the month.";
                if (k % 7 != 3) {
                    commentary.put(id, new Commentary(id, "Head of Service " + a, "Service lead", text,
                            "commentary/" + period + ".csv", k + 1));
                }
            }
            sections.add(new BoardDefinition.Section(area, ids));
        }
        BoardDefinition board = new BoardDefinition("stress-board", "Stress Test Improvement Board",
                "Synthetic board for layout testing.", sections);
        List<InputProblem> warnings = List.of(
                InputProblem.warning("input/scorecards/2026-10.csv", 12, "value", "'12.345'", "more decimals than the catalogue's 1"),
                InputProblem.error("input/scorecards/2026-10.csv", 14, "period", "'2026-13'", "a month as YYYY-MM (row rejected)"),
                InputProblem.warning("input/commentary/2026-10.csv", 3, "indicator_id", "'unknown_id'", "an id from the catalogue"));
        PackStyle style = new PackStyle("Stress Test Cover Title", "Layout stress test", "Test team (test@example.org)",
                PackStyle.DEFAULT_COLOURS, translucentLogo());
        return new PackBuilder(catalogue, targets, new CurrentFigures(held))
                .withCommentary(commentary)
                .withRecommendations(recommendations(period, new ArrayList<>(catalogue.keySet())), 60)
                .withStyle(style)
                .build(board, "Test Borough Council", period, 2, PRODUCED, warnings);
    }

    private static RecommendationInput recommendations(YearMonth period, List<String> ids) {
        PlanStatus[] statuses = PlanStatus.values();
        List<Recommendation> current = new ArrayList<>();
        List<Recommendation> previous = new ArrayList<>();
        for (int i = 1; i <= STRESS_RECOMMENDATIONS; i++) {
            String id = String.format("STRESS-%02d", i);
            boolean longOne = id.equals(LONG_REC);
            PlanStatus status = statuses[i % statuses.length];
            String text = longOne ? words("Make sure that every child", 2000, END_OF_TEXT) : "Recommendation " + id + " for the stress test.";
            String progress = longOne ? words("Progress this month:", 2000, END_OF_PROGRESS) : "Progress note for " + id + ".";
            LocalDate due = period.atEndOfMonth().plusDays(i % 3 == 0 ? -30L * i : 20L * i);
            LocalDate updated = period.atEndOfMonth().minusDays(i % 4 == 0 ? 90 : 10);
            List<String> linked = i % 2 == 0 ? List.of(ids.get(i % ids.size()), ids.get((i * 7) % ids.size())) : List.of();
            current.add(new Recommendation(id, "Stress source " + (1 + i % 3), LocalDate.of(2025, 1, 15), "Theme " + i,
                    text, "Owner " + (1 + i % 5), due, status, progress, updated, linked, "recommendations/" + period + ".csv", i + 1));
            previous.add(new Recommendation(id, "Stress source " + (1 + i % 3), LocalDate.of(2025, 1, 15), "Theme " + i,
                    text, "Owner " + (1 + i % 5), due, statuses[(i + i % 2) % statuses.length], progress, updated, linked,
                    "recommendations/" + period.minusMonths(1) + ".csv", i + 1));
        }
        for (int i = 1; i <= 2; i++) {
            previous.add(new Recommendation("STRESS-GONE-" + i, "Stress source 1", LocalDate.of(2025, 1, 15), "Theme",
                    "A recommendation dropped from this month's file.", "Owner 1", period.atEndOfMonth(), PlanStatus.ON_TRACK,
                    "", period.atEndOfMonth().minusDays(40), List.of(), "recommendations/" + period.minusMonths(1) + ".csv", 50 + i));
        }
        return new RecommendationInput(
                new RecommendationSnapshot(period, "recommendations/" + period + ".csv", current, List.of(), true),
                new RecommendationSnapshot(period.minusMonths(1), "recommendations/" + period.minusMonths(1) + ".csv",
                        previous, List.of(), true));
    }

    /** A PNG logo with an alpha channel (PDF/A-1 forbids soft masks: the writer must flatten it). */
    static byte[] translucentLogo() {
        BufferedImage img = new BufferedImage(120, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1F, 0x38, 0x64, 160));
        g.fillRoundRect(0, 0, 120, 40, 12, 12);
        g.setColor(new Color(255, 255, 255, 255));
        g.fillOval(10, 8, 24, 24);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
