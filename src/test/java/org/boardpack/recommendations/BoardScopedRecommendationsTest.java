package org.boardpack.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.stream.Stream;

import org.boardpack.indicators.Rag;
import org.boardpack.pack.PackModel;
import org.boardpack.support.SamplePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each board's pack carries its own recommendations, with the real status of every evidence indicator. */
class BoardScopedRecommendationsTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path dir;

    @Test
    void theCorporateParentingPackCarriesOnlyItsOwnRecommendations() {
        PackModel cp = SamplePacks.build(Path.of("input"), Path.of("templates"), "corporate-parenting", OCTOBER);
        // input/recommendations/2026-10.csv: boards "improvement-board;corporate-parenting" on the five about children
        // in care (missing children, children in care and care leavers, permanence, later life letters, health)
        assertThat(cp.recommendations().items()).extracting(RecommendationStatus::id)
                .containsExactly("R2017-02", "R2017-06", "R2017-07", "R2017-08", "R2017-09");
        // September's snapshot is scoped the same way: nothing reported missing
        assertThat(cp.recommendations().missingThisMonth()).isEmpty();
        PackModel board = SamplePacks.build(Path.of("input"), Path.of("templates"), "improvement-board", OCTOBER);
        assertThat(board.recommendations().items()).hasSize(16);
    }

    @Test
    void evidenceOutsideTheBoardShowsItsRealStatus() throws IOException {
        // a corporate-parenting board with only its care leavers section: the health and permanence indicators that
        // evidence R2017-09 and R2017-07 are outside it
        Path templates = dir.resolve("templates");
        copy(Path.of("templates"), templates);
        Files.writeString(templates.resolve("boards/corporate-parenting.yml"), """
                title: Corporate Parenting Panel
                description: Care leavers only.
                sections:
                  - title: Care leavers
                    indicators: [care_leavers_eet, care_leavers_accommodation]
                """);
        PackModel cp = SamplePacks.build(Path.of("input"), templates, "corporate-parenting", OCTOBER);
        RecommendationStatus health = status(cp, "R2017-09");
        // initial health assessments: 60 of 78 = 76.9% against 85.0 +/- 5.0: Red; health assessments 95.5% against 95.0: Green
        assertThat(health.evidence()).extracting(IndicatorEvidence::id, IndicatorEvidence::rag)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cla_health_assessments", Rag.GREEN),
                        org.assertj.core.groups.Tuple.tuple("cla_initial_health_20days", Rag.RED));
        RecommendationStatus permanence = status(cp, "R2017-07");
        // care proceedings 40.2 weeks against 32.0: Red; long-term stability 69.0% against 71.0 +/- 2.0: Amber
        assertThat(permanence.evidence()).extracting(IndicatorEvidence::id, IndicatorEvidence::rag)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cla_longterm_stability", Rag.AMBER),
                        org.assertj.core.groups.Tuple.tuple("care_proceedings_weeks", Rag.RED));
    }

    @Test
    void anOverdueRecommendationStillReportedAmberOrGreenIsFlagged() {
        PackModel board = SamplePacks.build(Path.of("input"), Path.of("templates"), "improvement-board", OCTOBER);
        // R2017-05 at risk, due 31 Aug 2026: 61 days overdue at 31 Oct; JTAI2023-01 at risk, due 31 Mar 2026: 214 days
        assertThat(status(board, "R2017-05").check()).isTrue();
        assertThat(status(board, "R2017-05").checkReason()).startsWith("Overdue by 61 days but still reported at risk (Amber)");
        assertThat(status(board, "JTAI2023-01").checkReason()).startsWith("Overdue by 214 days but still reported at risk (Amber)");
        // R2017-01 is overdue but reported off track (Red): its status is honest, no overdue flag
        assertThat(status(board, "R2017-01").overdue()).isTrue();
        assertThat(status(board, "R2017-01").checkReason()).doesNotContain("Overdue by");
        // R2017-10 at risk, due 31 Oct 2026: not overdue at the end of October
        assertThat(status(board, "R2017-10").checkReason()).doesNotContain("Overdue by");
    }

    private static RecommendationStatus status(PackModel pack, String id) {
        return pack.recommendations().items().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
