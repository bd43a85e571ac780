package org.boardpack.indicators.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.boardpack.indicators.Polarity;
import org.junit.jupiter.api.Test;

/** Limits shown to the indicator's decimals. */
class SpcResultRoundingTest {

    private static List<Double> figures(SpcResult r) {
        return Arrays.asList(r.mean(), r.meanMovingRange(), r.lowerProcessLimit(), r.upperProcessLimit(),
                r.lowerNearLimit(), r.upperNearLimit());
    }

    @Test
    void baseLimitsToZeroOneAndTwoDecimals() {
        // mean 6, mean mR 2, LPL 0.68, UPL 11.32, LNL 2.453333, UNL 9.546667 (see SpcTestSeries)
        SpcResult r = SpcCalculator.analyse(SpcTestSeries.base(), Polarity.HIGHER, 5.0);
        assertThat(figures(r.rounded(2))).containsExactly(6.0, 2.0, 0.68, 11.32, 2.45, 9.55);
        assertThat(figures(r.rounded(1))).containsExactly(6.0, 2.0, 0.7, 11.3, 2.5, 9.5);
        assertThat(figures(r.rounded(0))).containsExactly(6.0, 2.0, 1.0, 11.0, 2.0, 10.0);
    }

    @Test
    void roundingKeepsEverythingElse() {
        SpcResult r = SpcTestSeries.analyseAfterBase(Polarity.HIGHER, 6.0, 12.0);
        SpcResult shown = r.rounded(1);
        assertThat(shown.status()).isEqualTo(r.status());
        assertThat(shown.points()).isEqualTo(r.points());
        assertThat(shown.variation()).isEqualTo(r.variation());
        assertThat(shown.assurance()).isEqualTo(r.assurance());
    }

    @Test
    void halvesRoundAwayFromZeroLikeExcel() {
        assertThat(SpcResult.round(2.45, 1)).isEqualTo(2.5);    // not 2.4 (banker's)
        assertThat(SpcResult.round(-2.45, 1)).isEqualTo(-2.5);
        assertThat(SpcResult.round(0.125, 2)).isEqualTo(0.13);
        assertThat(SpcResult.round(46.4, 0)).isEqualTo(46.0);
        assertThat(SpcResult.round(null, 1)).isNull();
    }

    @Test
    void noLimitsStayNoLimits() {
        SpcResult r = SpcCalculator.analyse(List.of(1.0, 2.0, 3.0), Polarity.HIGHER, null).rounded(1);
        assertThat(r.status()).isEqualTo(LimitStatus.NOT_ENOUGH_DATA);
        assertThat(figures(r)).containsOnlyNulls();
    }

    @Test
    void negativeDecimalsAreRejected() {
        SpcResult r = SpcCalculator.analyse(SpcTestSeries.base(), Polarity.HIGHER, null);
        assertThatThrownBy(() -> r.rounded(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
