package org.boardpack.indicators.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.boardpack.indicators.spc.SpecialCauseRule.NONE;
import static org.boardpack.indicators.spc.SpecialCauseRule.OUTSIDE_LIMITS;
import static org.boardpack.indicators.spc.SpecialCauseRule.SHIFT;
import static org.boardpack.indicators.spc.SpecialCauseRule.TREND;
import static org.boardpack.indicators.spc.SpecialCauseRule.TWO_OF_THREE_NEAR_LIMIT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.boardpack.indicators.Polarity;
import org.junit.jupiter.api.Test;

/**
 * Realistic series cross-checked against an independent computation: a short python3 script that follows the
 * structure of NHSRplotthedots' R code (ptd_spc_standard, ptd_seven_point_one_side_mean, ptd_part_of_seven_trend,
 * ptd_seven_point_trend, ptd_two_in_three, ptd_special_cause_type) with exact fractions. Its results are written
 * here; they were not taken from this Java code.
 */
class SpcCrossCheckTest {

    private static final double EPS = 1e-9;

    @Test
    void assessmentsWithin45DaysImprovingOverTwoYears() {
        // % assessments within 45 working days, 24 months, higher is better, target 90
        List<Double> y = List.of(85.1, 86.4, 84.9, 87.2, 86.0, 85.5, 88.1, 87.4, 86.8, 88.9, 89.5, 90.2,
                89.8, 91.0, 90.4, 91.3, 92.1, 91.7, 92.6, 93.0, 92.4, 93.5, 93.1, 95.9);
        SpcResult r = SpcCalculator.analyse(y, Polarity.HIGHER, 90.0);

        // python: sum 2152.8, mean 897/10 = 89.7; sum of the 23 moving ranges 24.6, mean mR 123/115 = 1.069565...
        // LPL 249708/2875, UPL 266067/2875, LNL 504869/5750, UNL 526681/5750
        assertThat(r.status()).isEqualTo(LimitStatus.FULL);
        assertThat(r.mean()).isCloseTo(89.7, within(EPS));
        assertThat(r.meanMovingRange()).isCloseTo(1.0695652173913044, within(EPS));
        assertThat(r.lowerProcessLimit()).isCloseTo(86.85495652173913, within(EPS));
        assertThat(r.upperProcessLimit()).isCloseTo(92.54504347826087, within(EPS));
        assertThat(r.lowerNearLimit()).isCloseTo(87.80330434782609, within(EPS));
        assertThat(r.upperNearLimit()).isCloseTo(91.5966956521739, within(EPS));

        // python, per point: 11 below the mean (0-10) then 13 above (11-23): all in shifts; outside: 0, 1, 2, 4, 5,
        // 8 (below 86.85) and 18, 19, 21, 22, 23 (above 92.55); 92.1, 91.7 (16, 17) are near with 91.3 / 92.6
        // around them: 2 of 3. 87.2 (3) and 87.4 (7) are near but each has outside points beside it: shift.
        assertThat(r.points()).extracting(SpcPoint::rule).containsExactly(
                OUTSIDE_LIMITS, OUTSIDE_LIMITS, OUTSIDE_LIMITS, SHIFT, OUTSIDE_LIMITS, OUTSIDE_LIMITS,
                SHIFT, SHIFT, OUTSIDE_LIMITS, SHIFT, SHIFT, SHIFT,
                SHIFT, SHIFT, SHIFT, SHIFT, TWO_OF_THREE_NEAR_LIMIT, TWO_OF_THREE_NEAR_LIMIT,
                OUTSIDE_LIMITS, OUTSIDE_LIMITS, SHIFT, OUTSIDE_LIMITS, OUTSIDE_LIMITS, OUTSIDE_LIMITS);
        assertThat(r.points().subList(0, 11)).allSatisfy(p -> assertThat(p.signal()).isEqualTo(PointSignal.CONCERN));
        assertThat(r.points().subList(11, 24)).allSatisfy(p -> assertThat(p.signal()).isEqualTo(PointSignal.IMPROVEMENT));
        assertThat(r.variation()).isEqualTo(VariationIcon.IMPROVEMENT_HIGH); // 95.9 > 92.55
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.HIT_AND_MISS);     // 86.85 <= 90 <= 92.55
    }

    @Test
    void caseloadsFallingAfterAnEighteenMonthBaseline() {
        // average caseload per social worker, lower is better; baseline: the first 18 months
        List<Double> y = List.of(19.5, 20.1, 19.2, 20.4, 19.8, 18.9, 20.6, 19.4, 20.0, 19.7, 20.3, 19.1,
                19.9, 20.2, 19.6, 20.5, 18.8, 19.3,
                21.0, 20.4, 19.9, 19.4, 18.6, 17.9, 17.2);
        SpcResult r = SpcCalculator.analyse(y, Polarity.LOWER, 18.0, 18);

        // python: baseline sum 355.3, mean 3553/180 = 19.73888...; the 17 baseline ranges sum to 14.6, mean mR
        // 73/85 = 0.858823...; LPL 1335263/76500, UPL 1684787/76500, LNL 1393517/76500, UNL 1626533/76500
        assertThat(r.status()).isEqualTo(LimitStatus.TRIAL); // 18 baseline values
        assertThat(r.mean()).isCloseTo(19.738888888888887, within(EPS));
        assertThat(r.meanMovingRange()).isCloseTo(0.8588235294117647, within(EPS));
        assertThat(r.lowerProcessLimit()).isCloseTo(17.454418300653593, within(EPS));
        assertThat(r.upperProcessLimit()).isCloseTo(22.023359477124185, within(EPS));
        assertThat(r.lowerNearLimit()).isCloseTo(18.215908496732027, within(EPS));
        assertThat(r.upperNearLimit()).isCloseTo(21.26186928104575, within(EPS));

        // python: baseline common cause; 21.0 down to 17.2 (18-24) is a 7-point fall whose last point is below the
        // LPL (17.2 < 17.45): TREND x 6 then OUTSIDE_LIMITS
        List<SpecialCauseRule> expected = new ArrayList<>(Collections.nCopies(18, NONE));
        expected.addAll(List.of(TREND, TREND, TREND, TREND, TREND, TREND, OUTSIDE_LIMITS));
        assertThat(r.points()).extracting(SpcPoint::rule).isEqualTo(expected);
        // a fall in caseloads is an improvement, also for 21.0, 20.4, 19.9 which are above the mean
        assertThat(r.points().subList(18, 25)).allSatisfy(p -> {
            assertThat(p.signal()).isEqualTo(PointSignal.IMPROVEMENT);
            assertThat(p.high()).isFalse();
        });
        assertThat(r.variation()).isEqualTo(VariationIcon.IMPROVEMENT_LOW);
        assertThat(r.assurance()).isEqualTo(AssuranceIcon.HIT_AND_MISS); // 17.45 <= 18 <= 22.02
        // a target of 17 is below the LPL: the process cannot be relied on to get caseloads that low
        assertThat(SpcCalculator.analyse(y, Polarity.LOWER, 17.0, 18).assurance())
                .isEqualTo(AssuranceIcon.CONSISTENTLY_FAILS);
    }
}
