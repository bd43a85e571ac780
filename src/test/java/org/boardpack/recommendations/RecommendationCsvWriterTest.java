package org.boardpack.recommendations;

import org.boardpack.output.AtomicFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.recommendations.PlanStatus.COMPLETE;
import static org.boardpack.recommendations.PlanStatus.OFF_TRACK;
import static org.boardpack.recommendations.PlanStatus.ON_TRACK;
import static org.boardpack.recommendations.RecommendationFixtures.rec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.boardpack.indicators.Direction;
import org.boardpack.indicators.Rag;
import org.boardpack.input.CsvRow;
import org.boardpack.input.CsvTable;
import org.boardpack.input.CsvTableReader;
import org.boardpack.input.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendationCsvWriterTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    Path dir;

    private RecommendationTracker tracker() {
        Recommendation formula = new Recommendation("R2017-03", "Ofsted inspection 2017", LocalDate.of(2017, 4, 7),
                "Supervision", "=HYPERLINK(\"http://x\")", "Principal Social Worker, \"PSW\"", LocalDate.of(2027, 3, 31),
                ON_TRACK, "-5% in October\nsecond line", LocalDate.of(2026, 10, 20), List.of("supervision_timescale"), "f", 4);
        List<Recommendation> sept = List.of(
                rec("R2017-01", ON_TRACK, "2026-09-30", "2026-09-22"),
                rec("R2017-03", PlanStatus.AT_RISK, "2027-03-31", "2026-09-25", "supervision_timescale"),
                rec("R2017-08", ON_TRACK, "2027-01-31", "2026-07-28"));
        List<Recommendation> oct = List.of(
                rec("R2017-01", OFF_TRACK, "2026-09-30", "2026-10-14"),
                formula,
                rec("R2017-04", COMPLETE, "2026-07-31", "2026-07-29"));
        return new RecommendationCalculator().compute(OCT, oct, sept, Map.of("supervision_timescale",
                new IndicatorEvidence("supervision_timescale", "Supervision within timescale", Rag.RED, Direction.WORSENING)));
    }

    private CsvTable readBack(Path file, Problems p) {
        return CsvTableReader.read(file, "recommendations.csv", RecommendationCsvWriter.COLUMNS, List.of(), p);
    }

    @Test
    void writesEveryComputedFieldAndReadsBack() throws Exception {
        Path target = dir.resolve("output/improvement-board/2026-10/recommendations.csv");
        AtomicFiles.write(target, out -> RecommendationCsvWriter.write(tracker(), out));

        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF); // UTF-8 byte order mark for Excel
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("\uFEFFperiod,id,source,source_date,theme,recommendation,owner,due_date,status,status_label,"
                        + "brag,overdue,days_overdue,last_updated,days_since_update,stale,movement,previous_status,progress,"
                        + "linked_indicators,evidence,check,check_reason,in_this_month_snapshot\r\n");

        Problems p = new Problems();
        CsvTable t = readBack(target, p);
        assertThat(p.all()).isEmpty();
        assertThat(t.header()).isEqualTo(RecommendationCsvWriter.COLUMNS);
        assertThat(t.rows()).hasSize(4);

        CsvRow r1 = t.rows().get(0);
        assertThat(r1.values()).containsExactlyEntriesOf(orderedMap(
                "period", "2026-10", "id", "R2017-01", "source", "Ofsted inspection 2017", "source_date", "2017-04-07",
                "theme", "Theme", "recommendation", "Text of R2017-01", "owner", "Owner A", "due_date", "2026-09-30",
                "status", "off-track", "status_label", "Off track", "brag", "Red", "overdue", "Yes", "days_overdue", "31",
                "last_updated", "2026-10-14", "days_since_update", "17", "stale", "No", "movement", "Worsened",
                "previous_status", "on-track", "progress", "", "linked_indicators", "", "evidence", "", "check", "No",
                "check_reason", "", "in_this_month_snapshot", "Yes"));

        CsvRow r2 = t.rows().get(1);
        // formula-like text is neutralised as OWASP recommends: a leading single quote, the rest kept exactly
        assertThat(r2.get("recommendation")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(r2.get("owner")).isEqualTo("Principal Social Worker, \"PSW\"");
        assertThat(r2.get("progress")).isEqualTo("'-5% in October\nsecond line");
        assertThat(r2.get("movement")).isEqualTo("Improved");
        assertThat(r2.get("previous_status")).isEqualTo("at-risk");
        assertThat(r2.get("linked_indicators")).isEqualTo("supervision_timescale");
        assertThat(r2.get("evidence")).isEqualTo("supervision_timescale: Red, Worsening");
        assertThat(r2.get("check")).isEqualTo("Yes");
        assertThat(r2.get("check_reason")).isEqualTo("Reported on track but every linked indicator is red or worsening: "
                + "Supervision within timescale: Red, Worsening");
        assertThat(r2.get("days_since_update")).isEqualTo("11");

        CsvRow r3 = t.rows().get(2);
        assertThat(r3.get("movement")).isEqualTo("New");
        assertThat(r3.get("brag")).isEqualTo("Blue");
        assertThat(r3.get("overdue")).isEqualTo("No");
        assertThat(r3.get("days_overdue")).isEqualTo("0");
        assertThat(r3.get("stale")).isEqualTo("No");

        CsvRow missing = t.rows().get(3);
        assertThat(missing.get("id")).isEqualTo("R2017-08");
        assertThat(missing.get("movement")).isEqualTo("Missing from this month's snapshot");
        assertThat(missing.get("previous_status")).isEqualTo("on-track");
        assertThat(missing.get("status")).isEmpty();
        assertThat(missing.get("brag")).isEmpty();
        assertThat(missing.get("overdue")).isEmpty();
        assertThat(missing.get("last_updated")).isEqualTo("2026-07-28");
        assertThat(missing.get("in_this_month_snapshot")).isEqualTo("No (last seen 2026-09)");
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("recommendations.csv");
        Files.writeString(target, "old content that is longer than nothing\n".repeat(100));
        AtomicFiles.write(target, out -> RecommendationCsvWriter.write(tracker(), out));
        Problems p = new Problems();
        assertThat(readBack(target, p).rows()).hasSize(4);
        assertThat(p.all()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("recommendations.csv");
        }
    }

    @Test
    void anEmptyPlanStillGetsAHeader() throws Exception {
        Path target = dir.resolve("recommendations.csv");
        AtomicFiles.write(target, out -> RecommendationCsvWriter.write(new RecommendationCalculator().compute(OCT, List.of(), null, Map.of()), out));
        Problems p = new Problems();
        CsvTable t = readBack(target, p);
        assertThat(p.all()).isEmpty();
        assertThat(t.usable()).isTrue();
        assertThat(t.rows()).isEmpty();
    }

    private static Map<String, String> orderedMap(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }
}
