package org.boardpack.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.boardpack.indicators.Direction;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;

/**
 * The biggest movers since last month, for the summary. The model gives each indicator's figure, previous figure and
 * direction; this only orders them for display: by the change between the two figures as displayed, relative to
 * the previous figure (so a percentage and a rate compare fairly).
 */
final class Movers {

    static final int HOW_MANY = 5;

    /** One mover: the change is the displayed figure minus the displayed previous figure. */
    record Mover(IndicatorResult indicator, BigDecimal change, BigDecimal relative) {
    }

    private Movers() {
    }

    static List<Mover> of(PackModel pack) {
        List<Mover> movers = new ArrayList<>();
        for (IndicatorResult r : pack.indicatorList()) {
            Direction d = r.directionMonth();
            if (r.value() == null || r.previousValue() == null) continue;
            if (d != Direction.IMPROVING && d != Direction.WORSENING && d != Direction.UP && d != Direction.DOWN) continue;
            BigDecimal now = displayed(r.value(), r.decimals());
            BigDecimal before = displayed(r.previousValue(), r.decimals());
            BigDecimal change = now.subtract(before);
            BigDecimal relative = before.signum() == 0 ? BigDecimal.valueOf(Long.MAX_VALUE)
                    : change.abs().divide(before.abs(), MathContext.DECIMAL64);
            movers.add(new Mover(r, change, relative));
        }
        movers.sort(Comparator.comparing(Mover::relative).reversed()
                .thenComparing(m -> m.indicator().id()));
        return movers.size() > HOW_MANY ? List.copyOf(movers.subList(0, HOW_MANY)) : List.copyOf(movers);
    }

    static BigDecimal displayed(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
