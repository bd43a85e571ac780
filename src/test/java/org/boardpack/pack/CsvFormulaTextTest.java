package org.boardpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.boardpack.csv.RecommendationsCsvPackWriter;
import org.boardpack.csv.ResultsCsvWriter;
import org.boardpack.support.Cli;
import org.boardpack.support.SamplePacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV injection (OWASP): text cells of results.csv and recommendations.csv that a spreadsheet would run as a
 * formula are written with a leading single quote; numbers, negative ones included, stay numbers.
 */
class CsvFormulaTextTest {

    @TempDir
    static Path dir;
    static PackModel pack;

    @BeforeAll
    static void build() throws Exception {
        Path input = dir.resolve("input");
        Path templates = dir.resolve("templates");
        Cli.copyTree(Path.of("input"), input);
        Cli.copyTree(Path.of("templates"), templates);
        // cp_reviews_timescale has no commentary in the sample
        Files.writeString(input.resolve("commentary/2026-10.csv"),
                "cp_reviews_timescale,\"-Head of Service, Front Door\",Service lead,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path recs = input.resolve("recommendations/2026-10.csv");
        String r = Files.readString(recs, StandardCharsets.UTF_8);
        String before = "Owner reports supervision is embedded; dip sample planned for December.";
        assertThat(r).contains(before);
        Files.writeString(recs, r.replace(before, "@SUM(A1:A2) typed by an owner"), StandardCharsets.UTF_8);
        pack = SamplePacks.build(input, templates, "improvement-board", YearMonth.of(2026, 10));
    }

    private static List<CSVRecord> readBack(PackWriter writer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(pack, out);
        String text = out.toString(StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void resultsCsvNeutralisesFormulaTextAndKeepsNegativeNumbers() throws Exception {
        List<CSVRecord> rows = readBack(new ResultsCsvWriter());
        CSVRecord cp = rows.stream().filter(x -> x.get("indicator_id").equals("cp_reviews_timescale")).findFirst().orElseThrow();
        assertThat(cp.get("commentary")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(cp.get("commentary_author")).isEqualTo("'-Head of Service, Front Door");
        // the gaps to the neighbours' mean are signed numbers: the negative ones are still plain numbers
        List<String> gaps = rows.stream().map(x -> x.get("gap_sn")).filter(g -> !g.isEmpty()).toList();
        assertThat(gaps).anyMatch(g -> g.startsWith("-"));
        assertThat(gaps).allSatisfy(g -> assertThat(Double.parseDouble(g)).isNotNaN());
        // no cell of any row still starts like a formula unless it is a number
        for (CSVRecord row : rows) {
            for (String cell : row) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    assertThat(cell).as(row.get("indicator_id")).matches("-\\d+(\\.\\d+)?");
                }
            }
        }
    }

    @Test
    void recommendationsCsvNeutralisesFormulaText() throws Exception {
        List<CSVRecord> rows = readBack(new RecommendationsCsvPackWriter());
        CSVRecord r3 = rows.stream().filter(x -> x.get("id").equals("R2017-03")).findFirst().orElseThrow();
        assertThat(r3.get("progress")).isEqualTo("'@SUM(A1:A2) typed by an owner");
    }
}
