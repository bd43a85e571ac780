package org.boardpack.pack.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.Figure;
import org.boardpack.indicators.Indicator;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Unit;
import org.boardpack.input.BoardDefinition;
import org.boardpack.pack.CurrentFigures;
import org.boardpack.pack.HeldFigure;
import org.boardpack.pack.PackBuilder;
import org.boardpack.pack.PackModel;
import org.junit.jupiter.api.Test;

/** The one movers ranking, with its scores worked by hand. */
class MoverRankingTest {

    static final YearMonth PERIOD = YearMonth.of(2026, 10);

    @Test
    void rankedByChangeAgainstUsualVariationThenByRelativeChangeThenByName() {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        // Alpha: 10, 12 alternating, then 16 (12 points). Moving ranges: ten of 2 and one of 6, mean 26/11 = 2.364;
        // the change 16 - 10 = 6 is 2.54 times the usual variation
        series.put("alpha", List.of(10.0, 12.0, 10.0, 12.0, 10.0, 12.0, 10.0, 12.0, 10.0, 12.0, 10.0, 16.0));
        // Bravo: 100, 110 alternating, then 140. Moving ranges ten of 10 and one of 40, mean 140/11 = 12.727;
        // the change of 40 is 3.14 times it: first
        series.put("bravo", List.of(100.0, 110.0, 100.0, 110.0, 100.0, 110.0, 100.0, 110.0, 100.0, 110.0, 100.0, 140.0));
        // Charlie and Delta: 3 months, no SPC limits, so ranked after by relative change: 10/50 = 0.2 and 1/5 = 0.2,
        // a tie broken by name
        series.put("delta", List.of(5.0, 5.0, 4.0));
        series.put("charlie", List.of(50.0, 50.0, 60.0));
        // Echo: no change, not a mover
        series.put("echo", List.of(7.0, 7.0, 7.0));

        Map<String, Indicator> catalogue = new LinkedHashMap<>();
        List<HeldFigure> held = new ArrayList<>();
        for (var e : series.entrySet()) {
            String id = e.getKey();
            String name = Character.toUpperCase(id.charAt(0)) + id.substring(1);
            catalogue.put(id, new Indicator(id, name, "Area", Unit.NUMBER, Polarity.LOWER, 1, "", "", "", Aggregation.SNAPSHOT));
            List<Double> values = e.getValue();
            for (int i = 0; i < values.size(); i++) {
                YearMonth m = PERIOD.minusMonths(values.size() - 1L - i);
                held.add(new HeldFigure(new Figure(id, m, "", null, null, values.get(i)), "scorecards/" + m + ".csv", 2, m, i));
            }
        }
        BoardDefinition board = new BoardDefinition("b", "Board", "",
                List.of(new BoardDefinition.Section("Area", new ArrayList<>(catalogue.keySet()))));
        PackModel pack = new PackBuilder(catalogue, List.of(), new CurrentFigures(held))
                .build(board, "Council", PERIOD, 1, LocalDateTime.of(2026, 11, 2, 6, 0), List.of());

        List<Mover> movers = PackView.of(pack).movers();
        assertThat(movers).extracting(m -> m.indicator().name()).containsExactly("Bravo", "Alpha", "Charlie", "Delta");
        assertThat(movers).extracting(m -> m.change().text()).containsExactly("40.0", "6.0", "10.0", "-1.0");
        assertThat(movers).extracting(Mover::basis).containsExactly(MoverRanking.AGAINST_VARIATION,
                MoverRanking.AGAINST_VARIATION, MoverRanking.RELATIVE, MoverRanking.RELATIVE);
    }
}
