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
        assertThat(versions).containsExactly("0", "1", "1.1", "2", "3", "4", "5", "6", "7");
        assertThat(count(db, "bp_figure")).isEqualTo(748);
        assertThat(count(db, "bp_delivery")).isEqualTo(6);
        // 0.1.0 had one edition: every delivery it recorded is of the full one (V7)
        assertThat(db.sql("SELECT edition FROM bp_delivery").query(String.class).list()).hasSize(6).containsOnly("full");
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
        assertThat(deliveries.out()).containsPattern("2026-10 +improvement-board +1 +full +Dr Helen Marsh <helen.marsh@bedford.example.org>");
    }

    /**
     * A repository made by the previous migrations (up to V6) holding deliveries: V7 adds their edition, the full one,
     * and keeps the key (authority, board, period, revision, email): one edition per member of a board's pack.
     */
    @Test
    void migrationSevenGivesEveryEarlierDeliveryTheFullEditionAndKeepsTheKey() throws Exception {
        Path data = work.resolve("data");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + data.resolve("boardpack") + ";AUTO_SERVER=TRUE");
        ds.setUser("sa");
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration").outOfOrder(true)
                .placeholders(java.util.Map.of("authority", "822")).target("6").load().migrate();
        JdbcClient db = JdbcClient.create(ds);
        String insert = "INSERT INTO bp_delivery (authority, board, period, revision, email, member_name, member_role, formats, mode, "
                + "state, attempts, message_id, resend, attached, location, created_at, updated_at, sent_at) "
                + "VALUES ('822', 'improvement-board', '2026-09', 1, ?, ?, 'Member', 'pdf', 'smtp', ?, 1, ?, FALSE, ?, "
                + "'smtp mail.bedford.example.org:587', TIMESTAMP '2026-10-02 06:00:00', TIMESTAMP '2026-10-02 06:00:00', ?)";
        db.sql(insert).params("helen.marsh@bedford.example.org", "Dr Helen Marsh", "SENT", "<a@bedford.example.org>",
                "improvement-board-2026-09.pdf", java.sql.Timestamp.valueOf("2026-10-02 06:00:01")).update();
        db.sql(insert).params("tom.brennan@bedford.example.org", "Tom Brennan", "UNCONFIRMED", "<b@bedford.example.org>",
                "improvement-board-2026-09.xlsx", null).update();
        assertThat(db.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'BP_DELIVERY' AND COLUMN_NAME = 'EDITION'")
                .query(Integer.class).single()).isZero();

        // the application migrates on start; the listing shows the rows as the full edition's
        Cli.Result deliveries = Cli.run(data, "deliveries", "--all");
        assertThat(deliveries.exitCode()).as(deliveries.all()).isZero();
        assertThat(deliveries.out())
                .containsPattern("2026-09 +improvement-board +1 +full +Dr Helen Marsh <helen.marsh@bedford.example.org> +SENT")
                .containsPattern("2026-09 +improvement-board +1 +full +Tom Brennan <tom.brennan@bedford.example.org> +UNCONFIRMED")
                .contains("boardpack deliveries --board improvement-board --period 2026-09 --resend-unconfirmed");
        assertThat(Cli.run(data, "deliveries", "--all", "--edition", "partner").out())
                .contains("No deliveries of the partner edition recorded.");

        assertThat(db.sql("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\" DESC")
                .query(String.class).list().get(0)).isEqualTo("7");
        assertThat(db.sql("SELECT email || ' ' || edition FROM bp_delivery ORDER BY email").query(String.class).list())
                .containsExactly("helen.marsh@bedford.example.org full", "tom.brennan@bedford.example.org full");
        // the key is unchanged: the same member of the same pack cannot be recorded again for another edition
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.sql(insert.replace("sent_at)", "sent_at, edition)")
                        .replace("?)", "?, 'partner')"))
                .params("helen.marsh@bedford.example.org", "Dr Helen Marsh", "SENT", "<c@bedford.example.org>",
                        "improvement-board-2026-09-partner.pdf", null).update())
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        // a new row names its edition; one written without (an older writer) is the full edition's
        db.sql(insert.replace("sent_at)", "sent_at, edition)").replace("?)", "?, 'partner')"))
                .params("rachel.okafor@police.example.org", "Det Supt Rachel Okafor", "SENT", "<d@bedford.example.org>",
                        "improvement-board-2026-09-partner.pdf", null).update();
        assertThat(db.sql("SELECT edition FROM bp_delivery WHERE email = 'rachel.okafor@police.example.org'").query(String.class).single())
                .isEqualTo("partner");
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
