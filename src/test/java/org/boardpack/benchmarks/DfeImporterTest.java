package org.boardpack.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.boardpack.input.InputProblem;
import org.boardpack.input.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import of small EES-format fixtures (src/test/resources/benchmarks/). Every expected file below was written by
 * hand from the fixture rows, not produced by the code.
 */
class DfeImporterTest {

    @TempDir
    Path out;

    static Path fixture(String dir) {
        try {
            return Path.of(DfeImporterTest.class.getResource("/benchmarks/" + dir).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static BenchmarkSpec spec(String text) {
        BenchmarkSpec.Parsed p = BenchmarkSpec.parse(text);
        assertThat(p.errors()).isEmpty();
        return p.spec();
    }

    private String read(String file) throws IOException {
        return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
    }

    private static final String REFERRALS = "file=referrals.csv; measure=rereferral_percent; filter.category=Referrals and Re-referrals";
    private static final String CLA = "file=cla.csv; measure=rate_per_10000; filter.population_type=Children looked after on 31 March each year";

    @Test
    void importsBomCrlfReorderedColumnsSuppressionCodesAndLevels() throws IOException {
        // referrals.csv: UTF-8 BOM, CRLF, measure first and la_name before old_la_code, a blank line, National,
        // Regional and LA rows, the codes c z x low u k : and a stray "n/a"; a 2020 row outside the years asked for.
        // cla.csv: no BOM, LF, time_period 202425 / 202324 (-> 2025 / 2024), population_type filter, a joint
        // "940 / 941" row, and a "Local authority district" row that is not a benchmark level.
        Map<String, BenchmarkSpec> specs = new LinkedHashMap<>();
        specs.put("rereferrals", spec(REFERRALS));
        specs.put("cla_rate", spec(CLA));
        Problems problems = new Problems();

        DfeImporter.Result r = DfeImporter.run(fixture("ees"), specs, out,
                DfeImporter.Options.defaults().withYears(2021, 2025), problems);

        assertThat(problems.errors()).isEmpty();
        assertThat(r.written()).isTrue();
        assertThat(read("benchmarks.csv")).isEqualTo("""
                indicator_id,year,geographic_level,la_code,new_la_code,la_name,value
                rereferrals,2024,National,,E92000001,England,21.5
                rereferrals,2024,Local authority,822,E06000055,Bedford,25.2
                rereferrals,2025,National,,E92000001,England,22.6
                rereferrals,2025,Local authority,303,E09000004,Bexley,
                rereferrals,2025,Local authority,311,E09000016,Havering,
                rereferrals,2025,Local authority,821,E06000032,Luton,
                rereferrals,2025,Local authority,822,E06000055,Bedford,23.3
                rereferrals,2025,Local authority,826,E06000042,Milton Keynes,20.3
                rereferrals,2025,Local authority,866,E06000030,Swindon,
                rereferrals,2025,Local authority,881,E10000012,Essex,
                rereferrals,2025,Local authority,884,E06000019,"Herefordshire, County of",0
                rereferrals,2025,Local authority,886,E10000016,Kent,
                rereferrals,2025,Local authority,935,E10000029,Suffolk,
                rereferrals,2025,Local authority,937,E10000031,Warwickshire,
                cla_rate,2024,National,,E92000001,England,70
                cla_rate,2024,Local authority,822,E06000055,Bedford,60
                cla_rate,2024,Local authority,940,E06000061,North Northamptonshire,50
                cla_rate,2024,Local authority,941,E06000062,West Northamptonshire,50
                cla_rate,2025,National,,E92000001,England,67
                cla_rate,2025,Local authority,822,E06000055,Bedford,59
                cla_rate,2025,Local authority,940,E06000061,North Northamptonshire,55
                cla_rate,2025,Local authority,941,E06000062,West Northamptonshire,55
                """);
        // the one warning: "n/a" on physical line 14, in the first column
        assertThat(problems.warnings()).hasSize(1);
        InputProblem w = problems.warnings().get(0);
        assertThat(w.file()).isEqualTo("referrals.csv");
        assertThat(w.line()).isEqualTo(14);
        assertThat(w.column()).isEqualTo("rereferral_percent (column 1)");
        assertThat(w.found()).contains("\"n/a\" is not a number");
        assertThat(w.expected()).contains("written as missing");

        // 2025 neighbour layout, detected in the folder; "Close " is trimmed
        assertThat(r.neighbourFile()).isEqualTo("sn_model_2025_wide.csv");
        assertThat(r.neighbourLayout()).startsWith("2025");
        assertThat(read("neighbours.csv")).isEqualTo("""
                la_code,neighbour_code,position,closeness
                822,303,1,Very close
                822,826,2,Close
                822,941,3,Somewhat close
                303,311,1,Close
                303,822,2,Very close
                303,826,3,Not close
                """);
        assertThat(r.indicators()).containsExactly(
                new DfeImporter.IndicatorSummary("rereferrals", 14, 6, 2024, 2025),
                new DfeImporter.IndicatorSummary("cla_rate", 8, 8, 2024, 2025));
        // no temporary files left behind
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("benchmarks.csv", "neighbours.csv");
        }
    }

    @Test
    void regionalRowsOnlyWhenAskedAndNoYearRangeKeepsEveryYear() throws IOException {
        Problems problems = new Problems();
        DfeImporter.run(fixture("ees"), Map.of("rereferrals", spec(REFERRALS)), out,
                DfeImporter.Options.defaults().withRegional(true), problems);
        assertThat(problems.errors()).isEmpty();
        String csv = read("benchmarks.csv");
        // Regional rows carry the region's ONS code in new_la_code and a blank la_code
        assertThat(csv).contains("rereferrals,2025,Regional,,E12000006,East of England,20.7\n");
        // without a year range the 2020 row is kept
        assertThat(csv).contains("rereferrals,2020,Local authority,822,E06000055,Bedford,12.0\n");
        // and the order is year, then National, Regional, Local authority
        assertThat(csv.indexOf("2020,Local")).isLessThan(csv.indexOf("2024,National"));
        assertThat(csv.indexOf("2025,National")).isLessThan(csv.indexOf("2025,Regional"));
        assertThat(csv.indexOf("2025,Regional")).isLessThan(csv.indexOf("2025,Local"));
    }

    @Test
    void reads2021NeighbourLayoutWithRepeatedSnpColumns() throws IOException {
        // SN1, SNP, SN2, SNP, SN3, SNP and a trailing comma; City of London's third neighbour is blank
        Problems problems = new Problems();
        Path file = fixture("ees2021").resolve("New_Statistical_Neighbour_Groupings_April_2021.csv");
        DfeImporter.Result r = DfeImporter.run(fixture("ees"), Map.of("rereferrals", spec(REFERRALS)), out,
                DfeImporter.Options.defaults().withNeighbourFile(file), problems);
        assertThat(problems.errors()).isEmpty();
        assertThat(r.neighbourLayout()).startsWith("2021");
        assertThat(read("neighbours.csv")).isEqualTo("""
                la_code,neighbour_code,position,closeness
                822,941,1,Very Close
                822,886,2,Extremely Close
                822,866,3,Close
                201,207,1,
                201,213,2,Not Close
                """);
    }

    @Test
    void choosesTheLatestNeighbourModelWhenAFolderHasBoth() throws IOException {
        Path src = out.resolve("src");
        Files.createDirectories(src);
        for (String f : List.of("referrals.csv", "sn_model_2025_wide.csv")) Files.copy(fixture("ees").resolve(f), src.resolve(f));
        Files.copy(fixture("ees2021").resolve("New_Statistical_Neighbour_Groupings_April_2021.csv"),
                src.resolve("New_Statistical_Neighbour_Groupings_April_2021.csv"));
        Problems problems = new Problems();
        DfeImporter.Result r = DfeImporter.run(src, Map.of("rereferrals", spec(REFERRALS)), out.resolve("o"),
                DfeImporter.Options.defaults(), problems);
        assertThat(problems.errors()).isEmpty();
        assertThat(r.neighbourFile()).isEqualTo("sn_model_2025_wide.csv");
        assertThat(problems.warnings()).anySatisfy(w -> assertThat(w.found())
                .contains("several statistical-neighbour files").contains("using sn_model_2025_wide.csv"));
    }

    @Test
    void derivesARateFromADenominatorOfThePreviousYear() throws IOException {
        // rate = CPP_At31 x 10000 / population of the previous year, rounded half-up to 1 decimal, by hand:
        // England 400 x 10000 / 120000 = 33.33.. -> 33.3; 822: 45 x 10000 / 20000 = 22.5;
        // 303: 1 x 10000 / 60000 = 0.166.. -> 0.2; 311: count "c" -> missing; 826: population "x" -> missing.
        // (822's 2025 population of 1 must not be used: year_offset=-1.)
        Problems problems = new Problems();
        BenchmarkSpec s = spec("file=cpp.csv; measure=CPP_At31; denominator.file=population.csv; "
                + "denominator.measure=population_estimate; denominator.year_offset=-1; scale=10000; decimals=1");
        DfeImporter.run(fixture("derived"), Map.of("cpp_rate", s), out,
                DfeImporter.Options.defaults().withYears(2025, 2025), problems);
        assertThat(problems.errors()).isEmpty();
        assertThat(read("benchmarks.csv")).isEqualTo("""
                indicator_id,year,geographic_level,la_code,new_la_code,la_name,value
                cpp_rate,2025,National,,E92000001,England,33.3
                cpp_rate,2025,Local authority,303,E09000004,Bexley,0.2
                cpp_rate,2025,Local authority,311,E09000016,Havering,
                cpp_rate,2025,Local authority,822,E06000055,Bedford,22.5
                cpp_rate,2025,Local authority,826,E06000042,Milton Keynes,
                """);
    }

    @Test
    void filtersThatPickTwoRowsPerAreaAreErrorsNamingTheColumnToFilterAndNothingIsWritten() throws IOException {
        Files.writeString(out.resolve("benchmarks.csv"), "previous\n");
        Problems problems = new Problems();
        DfeImporter.Result r = DfeImporter.run(fixture("ees"), Map.of("cla_rate", spec("file=cla.csv; measure=rate_per_10000")),
                out, DfeImporter.Options.defaults(), problems);
        assertThat(r.written()).isFalse();
        assertThat(read("benchmarks.csv")).isEqualTo("previous\n");   // the old file is left as it was
        InputProblem e = problems.errors().get(0);
        assertThat(e.file()).isEqualTo("cla.csv");
        // line 5 is the second National 202425 row ("Children starting..."), the first was line 2
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.found()).isEqualTo("benchmark for cla_rate: a second row for National E92000001 2025 (also line 2)");
        assertThat(e.expected()).contains("population_type (\"Children looked after on 31 March each year\" / \"Children starting to be looked after each year\")")
                .contains("add filter.COLUMN=VALUE");
    }

    @Test
    void unknownColumnsFilterValuesAndFilesAreReportedWithWhatTheFileHas() {
        Map<String, BenchmarkSpec> specs = new LinkedHashMap<>();
        specs.put("a", spec("file=referrals.csv; measure=rereferal_percent"));
        specs.put("b", spec("file=cla.csv; measure=rate_per_10000; filter.population_type=Children looked after at 31 March"));
        specs.put("c", spec("file=cla.csv; measure=rate_per_10000; filter.cla_group=x"));
        specs.put("d", spec("file=missing.csv; measure=x"));
        Problems problems = new Problems();
        DfeImporter.Result r = DfeImporter.run(fixture("ees"), specs, out, DfeImporter.Options.defaults(), problems);
        assertThat(r.written()).isFalse();
        assertThat(problems.errors()).extracting(InputProblem::toString).containsExactlyInAnyOrder(
                "ERROR referrals.csv:1 [rereferal_percent]: benchmark for a: measure column \"rereferal_percent\" is not in the file; "
                        + "the file's other columns are rereferral_percent, category, referral_count",
                "ERROR cla.csv:1 [cla_group]: benchmark for c: filter.cla_group names a column that is not in the file; "
                        + "the file's other columns are population_type, children_count, rate_per_10000",
                "ERROR missing.csv: file not found; expected a CSV file at " + fixture("ees").resolve("missing.csv"),
                "ERROR cla.csv: benchmark for b: no row of the file matches the spec; filter.population_type=\"Children looked after at 31 March\" "
                        + "matches no row; the values in population_type are \"Children looked after on 31 March each year\" | "
                        + "\"Children starting to be looked after each year\"");
    }

    @Test
    void aFolderWithoutANeighbourFileIsAnError() throws IOException {
        Problems problems = new Problems();
        DfeImporter.Result r = DfeImporter.run(fixture("derived").resolve("nothing-here"), Map.of(), out,
                DfeImporter.Options.defaults(), problems);
        assertThat(r.written()).isFalse();
        assertThat(problems.errors().get(0).found()).isEqualTo("the folder does not exist");

        Path src = out.resolve("src");
        Files.createDirectories(src);
        Files.copy(fixture("ees").resolve("referrals.csv"), src.resolve("referrals.csv"));
        Problems p2 = new Problems();
        DfeImporter.run(src, Map.of("rereferrals", spec(REFERRALS)), out.resolve("o"), DfeImporter.Options.defaults(), p2);
        assertThat(p2.errors()).extracting(InputProblem::found).containsExactly("no statistical-neighbour file found");
    }

    @Test
    void raggedRowsBadBytesAndMultiLineCellsAreReportedAtTheirPhysicalLine() throws IOException {
        Path src = out.resolve("src");
        Files.createDirectories(src);
        Files.copy(fixture("ees").resolve("sn_model_2025_wide.csv"), src.resolve("sn_model_2025_wide.csv"));
        byte[] header = "time_period,geographic_level,old_la_code,new_la_code,la_name,v\n".getBytes(StandardCharsets.UTF_8);
        byte[] rows = ("2025,National,,,,10\n"                              // line 2
                + "2025,Local authority,822,E06000055,Bedford,11,extra\n"   // line 3: ragged
                + "2025,Local authority,303,E09000004,\"Bex\nley\",12\n"    // lines 4-5: a quoted line break
                + "2025,Local authority,311,E09000016,Havering,twelve\n"    // line 6: not a number
                + "2025,Local authority,826,E06000042,Milton Keynes \u00a3,13\n") // line 7: Windows-1252 byte
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[header.length + rows.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(rows, 0, all, header.length, rows.length);
        Files.write(src.resolve("t.csv"), all);
        Problems problems = new Problems();
        DfeImporter.Result r = DfeImporter.run(src, Map.of("x", spec("file=t.csv; measure=v")), out.resolve("o"),
                DfeImporter.Options.defaults(), problems);
        assertThat(r.written()).isFalse();
        assertThat(problems.all()).extracting(p -> p.severity() + " " + p.line() + " " + p.column() + " " + p.found())
                .containsExactly(
                        "ERROR 3  row has 7 fields",
                        "WARNING 6 v (column 6) benchmark for x: \"twelve\" is not a number",
                        "WARNING 7  invalid UTF-8 (the file looks like a Windows-1252 or Excel \"CSV\" export); text on this and later lines may be garbled");
        // with --skip-invalid the rest is written: England 10, Bexley 12, Havering missing, Milton Keynes 13
        Problems p2 = new Problems();
        DfeImporter.run(src, Map.of("x", spec("file=t.csv; measure=v")), out.resolve("o"),
                DfeImporter.Options.defaults().withSkipInvalid(true), p2);
        assertThat(Files.readString(out.resolve("o").resolve("benchmarks.csv"))).isEqualTo("""
                indicator_id,year,geographic_level,la_code,new_la_code,la_name,value
                x,2025,National,,E92000001,England,10
                x,2025,Local authority,303,E09000004,"Bex
                ley",12
                x,2025,Local authority,311,E09000016,Havering,
                x,2025,Local authority,826,E06000042,Milton Keynes \uFFFD,13
                """);
    }

    @Test
    void detectsThe2021LayoutOnItsOwn() {
        Problems problems = new Problems();
        Path src = fixture("ees2021");
        DfeImporter.Result r = DfeImporter.run(src, Map.of(), out, DfeImporter.Options.defaults(), problems);
        assertThat(problems.all()).isEmpty();
        assertThat(r.neighbourFile()).isEqualTo("New_Statistical_Neighbour_Groupings_April_2021.csv");
        assertThat(r.neighbourRows()).isEqualTo(5);
        assertThat(r.written()).isTrue();
    }
}
