package org.boardpack.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark specs of the sample catalogue's indicators (the values of templates/indicators.csv's
 * {@code benchmark} column), and where the real DfE files are.
 */
final class SampleBenchmarkSpecs {

    static final String C1 = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";
    static final String D3 = "d3_cpps_subsequent_plan_2013_to_2025.csv";
    static final String D5 = "d5_cpps_at31march_by_duration_2013_to_2025.csv";
    static final String CLA = "cla_number_and_rate_per_10k_children.csv";
    static final String STABILITY = "la_cla_placement_stability.csv";
    static final String ACTIVITY = "la_care_leavers_activity.csv";
    static final String ACCOMMODATION = "la_care_leavers_accommodation_suitability.csv";
    static final String CSWW = "csww_indicators_2017_to_2025.csv";
    static final String POPULATION = "ons_mid-year_population_estimates_2012_to_2024.csv";

    /**
     * Indicator id to benchmark spec. Not here, because no file in data/dfe publishes them: assessments_45days,
     * cp_reviews_timescale (and the local-only indicators).
     */
    static final Map<String, String> SPECS = new LinkedHashMap<>();

    static {
        SPECS.put("rereferrals", "file=" + C1 + "; measure=rereferral_percent");
        SPECS.put("cpp_rate", "file=" + D5 + "; measure=CPP_At31; denominator.file=" + POPULATION
                + "; denominator.measure=population_estimate; denominator.filter.age_group=Children aged 0 to 17 years"
                + "; denominator.year_offset=-1; scale=10000; decimals=1");
        SPECS.put("cpp_2years", "file=" + D5 + "; measure=2_years_or_more_percent");
        SPECS.put("cpp_subsequent", "file=" + D3 + "; measure=CPP_subsequent_percent");
        SPECS.put("icpc_15days", "file=c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv"
                + "; measure=Duration_0-10_days + Duration_11-15_days; denominator.file=c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv"
                + "; denominator.measure=ICPC; scale=100; decimals=1");
        SPECS.put("cla_rate", "file=" + CLA + "; measure=rate_per_10000; filter.population_type=Children looked after on 31 March each year");
        SPECS.put("cla_3plus_placements", "file=" + STABILITY + "; measure=children_percent; filter.cla_group=CLA on 31 March"
                + "; filter.placement_stability=With 3 or more placements during the year");
        SPECS.put("cla_longterm_stability", "file=" + STABILITY + "; measure=children_percent"
                + "; filter.cla_group=Children looked after continuously for at least 2.5 years on 31 March aged under 16 years"
                + "; filter.placement_stability=Living with the same carer for at least 2 years");
        SPECS.put("cla_health_assessments", "file=la_conviction_health_outcome_cla.csv; measure=children_percent"
                + "; filter.characteristic=Health assessments: Children looked after all ages"
                + "; filter.breakdown=Had their annual health assessment");
        SPECS.put("care_leavers_eet", "file=" + ACTIVITY + "; measure=care_leaver_percent; filter.care_leaver_age=19 to 21 years"
                + "; filter.breakdown=Total in education, employment or training");
        SPECS.put("care_leavers_accommodation", "file=" + ACCOMMODATION + "; measure=care_leaver_percent"
                + "; filter.care_leaver_age=19 to 21 years; filter.breakdown=Accommodation considered suitable");
        SPECS.put("sw_caseload", "file=" + CSWW + "; measure=caseload_fte");
        SPECS.put("sw_agency", "file=" + CSWW + "; measure=agency_rate_fte");
        SPECS.put("sw_turnover", "file=" + CSWW + "; measure=turnover_rate_fte");
        SPECS.put("sw_vacancy", "file=" + CSWW + "; measure=vacancy_rate_fte");
    }

    static Map<String, BenchmarkSpec> parsed() {
        Map<String, BenchmarkSpec> out = new LinkedHashMap<>();
        SPECS.forEach((id, text) -> {
            BenchmarkSpec.Parsed p = BenchmarkSpec.parse(text);
            if (!p.ok()) throw new IllegalStateException(id + ": " + p.errors());
            out.put(id, p.spec());
        });
        return out;
    }

    /** The import the sample is made with: every LA, 2021-2025, the 2025 neighbour model. */
    static DfeImporter.Options sampleOptions(Path dfe) {
        return DfeImporter.Options.defaults().withYears(2021, 2025).withNeighbourFile(dfe.resolve("sn_model_2025_wide.csv"));
    }

    /**
     * ../shared/data/dfe from the project folder, else /work/shared/data/dfe; null when neither exists. The system
     * property boardpack.dfeData names another folder instead (e.g. a missing one, to see the tests skip).
     */
    static Path realData() {
        String override = System.getProperty("boardpack.dfeData");
        Path[] candidates = override != null ? new Path[]{Path.of(override)}
                : new Path[]{Path.of("..", "shared", "data", "dfe"), Path.of("/work/shared/data/dfe")};
        for (Path p : candidates) {
            if (Files.isRegularFile(p.resolve(C1)) && Files.isRegularFile(p.resolve("sn_model_2025_wide.csv"))) return p;
        }
        return null;
    }

    private SampleBenchmarkSpecs() {
    }
}
