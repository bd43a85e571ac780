package org.boardpack.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.boardpack.indicators.Polarity;
import org.boardpack.input.Problems;

/**
 * Computes an authority's benchmark comparisons exactly as DfE's Local Authority Interactive Tool (LAIT) does,
 * from {@link BenchmarkData}. All arithmetic is exact decimal arithmetic on the published figures (the only
 * rounding is the 34-significant-digit division of a mean); nothing is rounded for display.
 *
 * <ul>
 *   <li><b>Latest benchmark year</b> of an indicator: the latest year with a value for the authority or England.</li>
 *   <li><b>Statistical neighbours' mean</b>: the simple mean of the neighbours' values that are present that
 *       year; missing (suppressed) ones are left out and the count used is reported.</li>
 *   <li><b>England</b>: the National row.</li>
 *   <li><b>Rank</b>: among all LAs with a value that year, 1 = best (highest first when higher is better, lowest
 *       first when lower is better); tied values share the lowest rank ("competition ranking": 1, 2, 2, 4).</li>
 *   <li><b>Quartiles</b>: Q1, median, Q3 of all LA values that year by linear interpolation, R's type 7 (numpy's
 *       default): for sorted x[0..n-1], position h = (n-1)p, Q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).</li>
 *   <li><b>Band</b>, A best. Lower is better: A = [min, Q1], B = (Q1, median], C = (median, Q3], D = (Q3, max].
 *       Higher is better: A = [Q3, max], B = [median, Q3), C = [Q1, median), D = [min, Q1). In both, a value
 *       exactly on a quartile is in the better of the two bands that quartile separates.</li>
 *   <li>No rank and no band for an indicator without polarity.</li>
 *   <li><b>Monthly comparison</b>: the authority's latest monthly figure against the neighbours' mean and England:
 *       SIMILAR when both, rounded half-up to the indicator's displayed decimals, are equal; otherwise BETTER or
 *       WORSE by polarity (ABOVE or BELOW without polarity). The gap is monthly minus comparator, unrounded.</li>
 * </ul>
 */
public final class LaitCalculator {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");

    private final BenchmarkData data;
    private final String authority;

    /**
     * @param laCode the authority's 3-digit old LA code (use {@link #forAuthority} to accept an ONS code)
     */
    public LaitCalculator(BenchmarkData data, String laCode) {
        this.data = Objects.requireNonNull(data, "data");
        if (!EesValues.isOldLaCode(laCode)) throw new IllegalArgumentException("not a 3-digit old LA code: " + laCode);
        this.authority = laCode;
    }

    /**
     * The calculator for the configured authority: a 3-digit old LA code (822) or its ONS code (E06000055),
     * resolved through the benchmark rows' new_la_code.
     *
     * @param setting where the code was configured, for messages (e.g. "application.yml boardpack.authority")
     * @return empty when the code cannot be resolved (reported as an error)
     */
    public static Optional<LaitCalculator> forAuthority(BenchmarkData data, String code, String setting, Problems problems) {
        Optional<String> la = data.resolveLaCode(code);
        if (la.isEmpty()) {
            String c = code == null ? "" : code.strip();
            problems.error(setting, 0, "", EesValues.isOnsCode(c.toUpperCase(java.util.Locale.ROOT))
                            ? "authority \"" + c + "\" is not the new_la_code of any Local authority row in benchmarks.csv"
                            : "authority \"" + c + "\" is not an LA code",
                    "give the authority's 3-digit old LA code (e.g. 822 for Bedford) or its ONS code (e.g. E06000055)");
            return Optional.empty();
        }
        if (!data.isEmpty() && !data.knows(la.get())) {
            problems.warning(setting, 0, "", "authority " + la.get() + " has no row in benchmarks.csv or neighbours.csv",
                    "check the code: comparisons will show England only");
        }
        if (data.neighboursOf(la.get()).isEmpty() && !data.isEmpty()) {
            problems.warning(setting, 0, "", "authority " + la.get() + " has no statistical neighbours in neighbours.csv",
                    "re-run the benchmark import with DfE's statistical-neighbour file; neighbour means are left blank");
        }
        return Optional.of(new LaitCalculator(data, la.get()));
    }

    public String authorityCode() {
        return authority;
    }

    /** @return the latest year with a value for the authority or England, or empty when there is none */
    public OptionalInt latestYear(String indicatorId) {
        List<Integer> years = new ArrayList<>(data.years(indicatorId));
        for (int i = years.size() - 1; i >= 0; i--) {
            int y = years.get(i);
            boolean la = data.localAuthority(indicatorId, y, authority).map(BenchmarkValue::hasValue).orElse(false);
            boolean eng = data.england(indicatorId, y).map(BenchmarkValue::hasValue).orElse(false);
            if (la || eng) return OptionalInt.of(y);
        }
        return OptionalInt.empty();
    }

    /** @return every year with a value for the authority or England, oldest first */
    public List<Integer> publishedYears(String indicatorId) {
        List<Integer> years = new ArrayList<>();
        for (int y : data.years(indicatorId)) {
            boolean la = data.localAuthority(indicatorId, y, authority).map(BenchmarkValue::hasValue).orElse(false);
            boolean eng = data.england(indicatorId, y).map(BenchmarkValue::hasValue).orElse(false);
            if (la || eng) years.add(y);
        }
        return years;
    }

    /** The comparison in the latest benchmark year, without a monthly figure. */
    public BenchmarkComparison compare(String indicatorId, Polarity polarity) {
        return compare(indicatorId, polarity, null, 0);
    }

    /**
     * The comparison in the latest benchmark year.
     *
     * @param monthly  the authority's latest monthly figure, or null
     * @param decimals the decimals the indicator is displayed with (for "similar")
     */
    public BenchmarkComparison compare(String indicatorId, Polarity polarity, BigDecimal monthly, int decimals) {
        OptionalInt year = latestYear(indicatorId);
        if (year.isEmpty()) return BenchmarkComparison.empty(indicatorId, BenchmarkComparison.Status.NO_DATA, authority);
        return compareYear(indicatorId, year.getAsInt(), polarity, monthly, decimals);
    }

    /** The comparison in a given year (LAIT's figures for that year). */
    public BenchmarkComparison compareYear(String indicatorId, int year, Polarity polarity, BigDecimal monthly, int decimals) {
        Polarity pol = polarity == null ? Polarity.NONE : polarity;
        BigDecimal own = data.localAuthority(indicatorId, year, authority).map(BenchmarkValue::value).orElse(null);
        BigDecimal england = data.england(indicatorId, year).map(BenchmarkValue::value).orElse(null);

        List<Neighbour> group = data.neighboursOf(authority);
        List<BigDecimal> neighbourValues = new ArrayList<>();
        for (Neighbour n : group) {
            data.localAuthority(indicatorId, year, n.neighbourCode()).map(BenchmarkValue::value).ifPresent(neighbourValues::add);
        }
        BigDecimal mean = mean(neighbourValues);

        List<BigDecimal> all = new ArrayList<>();
        for (BenchmarkValue v : data.localAuthorities(indicatorId, year)) {
            if (v.hasValue()) all.add(v.value());
        }
        Quartiles q = quartiles(all);
        Integer rank = null;
        Integer ranked = null;
        Band band = null;
        if (pol != Polarity.NONE) {
            ranked = all.size();
            if (own != null) {
                rank = rank(own, all, pol);
                band = band(own, q, pol);
            }
        }
        Verdict vsN = monthly == null ? null : verdict(monthly, mean, decimals, pol);
        Verdict vsE = monthly == null ? null : verdict(monthly, england, decimals, pol);
        BigDecimal gapN = monthly == null || mean == null ? null : monthly.subtract(mean);
        BigDecimal gapE = monthly == null || england == null ? null : monthly.subtract(england);
        return new BenchmarkComparison(indicatorId, BenchmarkComparison.Status.PUBLISHED, year, authority, own, mean,
                neighbourValues.size(), group.size(), england, rank, ranked, band,
                q == null ? null : q.q1(), q == null ? null : q.median(), q == null ? null : q.q3(),
                monthly, vsN, gapN, vsE, gapE);
    }

    // ---------------------------------------------------------------- the LAIT method, one rule each

    /** @return the simple mean, or null for no values; exact except for a 34-significant-digit division */
    public static BigDecimal mean(Collection<BigDecimal> values) {
        if (values.isEmpty()) return null;
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) sum = sum.add(v);
        return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128);
    }

    /** @return Q1, median and Q3 (R type 7), or null for no values */
    public static Quartiles quartiles(Collection<BigDecimal> values) {
        if (values.isEmpty()) return null;
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(BigDecimal::compareTo);
        return new Quartiles(quantile(sorted, QUARTER), quantile(sorted, HALF), quantile(sorted, THREE_QUARTERS),
                sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    /**
     * R's {@code quantile(x, p, type = 7)}: h = (n-1)p; x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])
     * over the ascending values (0-based).
     */
    public static BigDecimal quantile(List<BigDecimal> sortedAscending, BigDecimal p) {
        int n = sortedAscending.size();
        if (n == 0) throw new IllegalArgumentException("no values");
        BigDecimal h = BigDecimal.valueOf(n - 1L).multiply(p);
        int lo = h.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal frac = h.subtract(BigDecimal.valueOf(lo));
        BigDecimal x = sortedAscending.get(lo);
        if (frac.signum() == 0 || lo + 1 >= n) return x;
        return x.add(frac.multiply(sortedAscending.get(lo + 1).subtract(x)));
    }

    /**
     * Competition rank ("1, 2, 2, 4"): 1 + the number of values strictly better than this one.
     *
     * @return the rank, or null without polarity
     */
    public static Integer rank(BigDecimal value, Collection<BigDecimal> all, Polarity polarity) {
        if (polarity == null || polarity == Polarity.NONE) return null;
        int better = 0;
        for (BigDecimal v : all) {
            int c = v.compareTo(value);
            if (polarity == Polarity.HIGHER ? c > 0 : c < 0) better++;
        }
        return better + 1;
    }

    /**
     * The quartile band, A best; a value exactly on a quartile goes to the better band.
     *
     * @return the band, or null without polarity or quartiles
     */
    public static Band band(BigDecimal value, Quartiles q, Polarity polarity) {
        if (q == null || value == null || polarity == null || polarity == Polarity.NONE) return null;
        if (polarity == Polarity.LOWER) {
            if (value.compareTo(q.q1()) <= 0) return Band.A;
            if (value.compareTo(q.median()) <= 0) return Band.B;
            if (value.compareTo(q.q3()) <= 0) return Band.C;
            return Band.D;
        }
        if (value.compareTo(q.q3()) >= 0) return Band.A;
        if (value.compareTo(q.median()) >= 0) return Band.B;
        if (value.compareTo(q.q1()) >= 0) return Band.C;
        return Band.D;
    }

    /**
     * The monthly figure against a comparator: SIMILAR when equal once both are rounded half-up to
     * {@code decimals}; else BETTER / WORSE by polarity, or ABOVE / BELOW without one.
     *
     * @return the verdict, or null when either figure is missing
     */
    public static Verdict verdict(BigDecimal monthly, BigDecimal comparator, int decimals, Polarity polarity) {
        if (monthly == null || comparator == null) return null;
        BigDecimal m = monthly.setScale(decimals, RoundingMode.HALF_UP);
        BigDecimal c = comparator.setScale(decimals, RoundingMode.HALF_UP);
        int cmp = m.compareTo(c);
        if (cmp == 0) return Verdict.SIMILAR;
        if (polarity == null || polarity == Polarity.NONE) return cmp > 0 ? Verdict.ABOVE : Verdict.BELOW;
        boolean higher = cmp > 0;
        return higher == (polarity == Polarity.HIGHER) ? Verdict.BETTER : Verdict.WORSE;
    }
}
