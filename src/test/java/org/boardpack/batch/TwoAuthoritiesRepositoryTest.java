package org.boardpack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.boardpack.cli.ExitCodes;
import org.boardpack.support.Cli;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One repository, two councils (issue 13, item 5): Bedford Borough (822) and Central Bedfordshire (823) build the same
 * board and period, each its own job instance (authority, board, period, revision), and each reads back only its own
 * pack, results, validation problems and deliveries. Bedford's run fails at distribute, Central Bedfordshire's then
 * completes; Bedford's restart reads its pack back from the store and must still find Bedford's, not the other's.
 */
class TwoAuthoritiesRepositoryTest {

    private static final String BEDFORD = "Bedford Borough Council";
    private static final String CENTRAL = "Central Bedfordshire Council";
    private static final String BEDFORD_CHAIR = "chair@bedford.example.org";
    private static final String CENTRAL_CHAIR = "chair@centralbedfordshire.example.org";

    @TempDir
    Path work;

    @Test
    void twoAuthoritiesBuildTheSameBoardAndPeriodInOneRepositoryEachSeeingOnlyItsOwnRecords() throws Exception {
        Cli.copyTree(Path.of("src/test/resources/fixtures/small/templates"), work.resolve("templates"));
        Path input822 = input("input822", BEDFORD_CHAIR);
        Path input823 = input("input823", CENTRAL_CHAIR);
        Path data = work.resolve("data");
        Path out822 = work.resolve("out822");
        Path out823 = work.resolve("out823");

        Cli.Result failed = Cli.run(data, run(input822, out822, "--boardpack.fault-injection.fail-at=distribute"));
        assertThat(failed.exitCode()).as(failed.all()).isEqualTo(ExitCodes.FAILED);

        Cli.Result central = Cli.run(data, run(input823, out823, "--boardpack.authority.code=823",
                "--boardpack.authority.name=" + CENTRAL));
        assertThat(central.exitCode()).as(central.all()).isZero();
        // a single authority's file names are unchanged: the same names, in its own output folder
        Path folder823 = out823.resolve("test-board/2026-10");
        assertThat(folder823.resolve("test-board-2026-10.pdf")).isRegularFile();
        assertThat(folder823.resolve("test-board-2026-10.xlsx")).isRegularFile();
        assertThat(emails(folder823)).singleElement().satisfies(eml -> assertThat(eml).contains(CENTRAL).doesNotContain(BEDFORD));

        Cli.Result restart = Cli.run(data, "restart", "--board", "test-board", "--period", "2026-10",
                "--boardpack.outputs=xlsx,pdf");
        assertThat(restart.exitCode()).as(restart.all()).isZero();
        Path folder822 = out822.resolve("test-board/2026-10");
        assertThat(folder822.resolve("test-board-2026-10.pdf")).isRegularFile();
        // distribute read Bedford's pack back: its email is signed by Bedford and goes to Bedford's member only
        List<String> bedfordMail = emails(folder822);
        assertThat(bedfordMail).singleElement().satisfies(eml -> assertThat(eml).contains(BEDFORD).contains(BEDFORD_CHAIR)
                .doesNotContain(CENTRAL).doesNotContain(CENTRAL_CHAIR));
        assertThat(Files.readString(folder822.resolve("manifest.json"))).contains(BEDFORD_CHAIR).doesNotContain(CENTRAL_CHAIR);
        assertThat(Files.readString(folder823.resolve("manifest.json"))).contains(CENTRAL_CHAIR).doesNotContain(BEDFORD_CHAIR);

        JdbcClient db = repository(data);
        // two job instances, both revision 1: the authority is part of the identity
        assertThat(db.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Integer.class).single()).isEqualTo(2);
        assertThat(db.sql("SELECT authority || '/' || board || '/' || period || '/' || revision FROM bp_pack ORDER BY authority")
                .query(String.class).list()).containsExactly("822/test-board/2026-10/1", "823/test-board/2026-10/1");
        assertThat(db.sql("SELECT model_json FROM bp_pack WHERE authority = '822'").query(String.class).single())
                .contains(BEDFORD).doesNotContain(CENTRAL);
        assertThat(db.sql("SELECT model_json FROM bp_pack WHERE authority = '823'").query(String.class).single())
                .contains(CENTRAL).doesNotContain(BEDFORD);
        // the same indicators' results for each, none lost to the other's save
        int results822 = count(db, "bp_result", "822");
        assertThat(results822).isPositive().isEqualTo(count(db, "bp_result", "823"));
        assertThat(db.sql("SELECT authority || ' ' || email FROM bp_delivery ORDER BY authority").query(String.class).list())
                .containsExactly("822 " + BEDFORD_CHAIR, "823 " + CENTRAL_CHAIR);

        // each authority's deliveries command lists its own deliveries only
        Cli.Result list822 = Cli.run(data, "deliveries", "--board", "test-board", "--period", "2026-10");
        assertThat(list822.out()).as(list822.all()).contains(BEDFORD_CHAIR).doesNotContain(CENTRAL_CHAIR);
        Cli.Result list823 = Cli.run(data, "deliveries", "--board", "test-board", "--period", "2026-10",
                "--boardpack.authority.code=823");
        assertThat(list823.out()).as(list823.all()).contains(CENTRAL_CHAIR).doesNotContain(BEDFORD_CHAIR);

        // and each authority's month is complete on its own
        assertThat(Cli.run(data, run(input822, out822)).exitCode()).isEqualTo(ExitCodes.ALREADY_COMPLETE);
        assertThat(Cli.run(data, run(input823, out823, "--boardpack.authority.code=823")).exitCode())
                .isEqualTo(ExitCodes.ALREADY_COMPLETE);
    }

    private Path input(String name, String chair) throws IOException {
        Path in = work.resolve(name);
        Cli.copyTree(Path.of("src/test/resources/fixtures/small/input"), in);
        Files.writeString(in.resolve("board-members.csv"), "name,email,role,boards,formats\n"
                + "Chair," + chair + ",Independent chair,test-board,pdf\n");
        return in;
    }

    private String[] run(Path input, Path output, String... settings) {
        return Stream.concat(Stream.of("run", "--board", "test-board", "--period", "2026-10", "--input", input.toString(),
                "--templates", work.resolve("templates").toString(), "--output", output.toString(),
                // the workbook and the print PDF are enough to read each pack back; the other editions only add time
                "--boardpack.outputs=xlsx,pdf"), Stream.of(settings))
                .toArray(String[]::new);
    }

    private static List<String> emails(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".eml")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static int count(JdbcClient db, String table, String authority) {
        return db.sql("SELECT COUNT(*) FROM " + table + " WHERE authority = ?").params(authority).query(Integer.class).single();
    }

    private static JdbcClient repository(Path data) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + data.resolve("boardpack") + ";AUTO_SERVER=TRUE");
        ds.setUser("sa");
        return JdbcClient.create(ds);
    }
}
