package org.boardpack.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.boardpack.pack.Edition;
import org.boardpack.pack.PackModel;
import org.boardpack.support.SamplePacks;
import org.junit.jupiter.api.Test;

/** Issue 20: the partner edition's results.csv, read back as a BI tool would, never prints a count from 1 to 4. */
class PartnerResultsCsvTest {

    private static final List<String> COUNTS = List.of("numerator", "denominator", "rated_numerator", "rated_denominator");

    @Test
    void noCountFromOneToFourIsPrintedAndTheSamplesSmallOnesAreCoded() throws Exception {
        PackModel full = SamplePacks.build(Path.of("input"), Path.of("templates"), "improvement-board", YearMonth.of(2026, 10));
        Map<String, CSVRecord> partner = rows(full.asEdition(Edition.PARTNER));
        Map<String, CSVRecord> fullRows = rows(full);

        // by hand from input/scorecards/2026-10.csv: second or subsequent plans, 2 of 21 (9.5%) in October
        assertThat(fullRows.get("cpp_subsequent").get("numerator")).isEqualTo("2");
        assertThat(fullRows.get("cpp_subsequent").get("value")).isEqualTo("9.5");
        assertThat(partner.get("cpp_subsequent").get("numerator")).isEqualTo("[c]");
        assertThat(partner.get("cpp_subsequent").get("value")).isEqualTo("[c]");
        // five and over is shown unchanged: initial health assessments, 7 of 12 in October
        assertThat(partner.get("cla_initial_health_20days").get("numerator")).isEqualTo("7");
        assertThat(partner.get("cla_initial_health_20days").get("denominator")).isEqualTo("12");

        for (CSVRecord row : partner.values()) {
            for (String column : COUNTS) {
                String v = row.get(column);
                if (v.isEmpty() || v.equals("[c]")) continue;
                double n = Double.parseDouble(v);
                assertThat(n > 0 && n <= 4).as("%s %s = %s", row.get("indicator_id"), column, v).isFalse();
            }
        }
    }

    private static Map<String, CSVRecord> rows(PackModel pack) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ResultsCsvWriter().write(pack, out);
        Map<String, CSVRecord> rows = new HashMap<>();
        String text = out.toString(StandardCharsets.UTF_8);
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            rows.put(r.get("indicator_id"), r);
        }
        return rows;
    }
}
