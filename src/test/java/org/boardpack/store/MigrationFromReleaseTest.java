package org.boardpack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.boardpack.cli.ExitCodes;
import org.boardpack.support.Cli;
import org.boardpack.support.Outputs;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A job repository created by release 0.1.0 migrates forward. The fixture {@code db/boardpack-0.1.0.mv.db} was made
 * by the 0.1.0 jar running {@code run} on the shipped sample (October 2026 complete, 31 scorecard files, 748 figures,
 * 6 deliveries written as .eml files).
 */
@Outputs("xlsx")
class MigrationFromReleaseTest {

    @TempDir
    Path work;

    @Test
    void aReleaseZeroOneDatabaseMigratesAndKeepsItsRunsFiguresAndDeliveries() throws Exception {
        Path data = work.resolve("data");
        Files.createDirectories(data);
        Files.copy(Path.of("src/test/resources/db/boardpack-0.1.0.mv.db"), data.resolve("boardpack.mv.db"));

        Cli.Result status = Cli.run(data, "status");
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out()).contains("2026-10").contains("improvement-board").contains("COMPLETED");

        JdbcClient db = repository(data);
        // baseline at 0 (tables without history), then every migration
        List<String> versions = db.sql("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
                .query(String.class).list();
        assertThat(versions).containsExactly("0", "1", "1.1", "2", "3", "4", "5", "6");
        assertThat(count(db, "bp_figure")).isEqualTo(748);
        assertThat(count(db, "bp_delivery")).isEqualTo(6);
        assertThat(count(db, "bp_pack")).isEqualTo(1);
        assertThat(count(db, "bp_snapshot")).isZero();
        assertThat(db.sql("SELECT COUNT(*) FROM bp_input_file WHERE source = ''").query(Integer.class).single()).isEqualTo(31);

        // the migrated repository still knows October is complete; a reissue builds revision 2 from a snapshot
        String[] run = {"run", "--period", "2026-10", "--input", "input", "--templates", "templates", "--output",
                work.resolve("output").toString(), "--no-mail"};
        assertThat(Cli.run(data, run).exitCode()).isEqualTo(ExitCodes.ALREADY_COMPLETE);
        Cli.Result reissue = Cli.run(data, java.util.stream.Stream.concat(java.util.Arrays.stream(run),
                java.util.stream.Stream.of("--reissue")).toArray(String[]::new));
        assertThat(reissue.exitCode()).as(reissue.all()).isZero();
        assertThat(reissue.out()).contains("revision 2");
        assertThat(count(db, "bp_snapshot")).isEqualTo(1);
        // the 0.1.0 file versions (no source) are not reused: the snapshot's 31 files are loaded under their folder
        assertThat(count(db, "bp_input_file")).isEqualTo(62);

        Cli.Result deliveries = Cli.run(data, "deliveries", "--period", "2026-10");
        assertThat(deliveries.out()).contains("helen.marsh@bedford.example.org");
    }

    private static int count(JdbcClient db, String table) {
        return db.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    private static JdbcClient repository(Path data) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + data.resolve("boardpack") + ";AUTO_SERVER=TRUE");
        ds.setUser("sa");
        return JdbcClient.create(ds);
    }
}
