package org.boardpack.recommendations;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Shared test data: the catalogue ids and a builder for recommendations. */
final class RecommendationFixtures {

    static final Set<String> CATALOGUE = Set.of("rereferrals", "assessments_45days", "cpp_rate", "cpp_2years",
            "cpp_subsequent", "icpc_15days", "cp_reviews_timescale", "cla_rate", "cla_3plus_placements",
            "cla_longterm_stability", "cla_health_assessments", "cla_initial_health_20days", "return_interviews_72h",
            "cla_visits_timescale", "care_proceedings_weeks", "care_leavers_eet", "care_leavers_accommodation",
            "sw_caseload", "sw_agency", "sw_turnover", "sw_vacancy", "supervision_timescale");

    static final String HEADER = "id,source,source_date,theme,recommendation,owner,due_date,status,progress,last_updated,linked_indicators";

    private RecommendationFixtures() {
    }

    /** A recommendation with the fields the calculator uses; the rest are fixed. */
    static Recommendation rec(String id, PlanStatus status, String due, String lastUpdated, String... linked) {
        return rec(id, "Ofsted inspection 2017", "Owner A", status, due, lastUpdated, linked);
    }

    static Recommendation rec(String id, String source, String owner, PlanStatus status, String due, String lastUpdated,
                              String... linked) {
        return new Recommendation(id, source, LocalDate.parse("2017-04-07"), "Theme", "Text of " + id, owner,
                LocalDate.parse(due), status, "", LocalDate.parse(lastUpdated), List.of(linked), "test", 0);
    }
}
