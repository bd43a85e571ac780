package org.boardpack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.boardpack.cli.ExitCodes;
import org.boardpack.support.Cli;
import org.boardpack.support.Outputs;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edition is part of every record below the job: one run of the sample's improvement board (files mode, the
 * default with no SMTP host) builds both editions from its one snapshot, and the delivery record, the manifest,
 * {@code deliveries} and {@code verify} say which edition each member was sent. In input/board-members.csv the
 * improvement board has six members; only Det Supt Rachel Okafor (police) has {@code edition} partner.
 */
@Outputs("xlsx,pdf")
class EditionDeliveriesRunTest {

    static final String POLICE = "rachel.okafor@police.example.org";
    static final List<String> FULL_MEMBERS = List.of("helen.marsh@bedford.example.org", "mark.adeyemi@bedford.example.org",
            "priya.nair@bedford.example.org", "sarah.whitcombe@bedford.example.org", "tom.brennan@bedford.example.org");
    static final String FOLDER = "improvement-board/2026-10/";

    @TempDir
    static Path work;
    static Path data;
    static Cli.Result run;

    @BeforeAll
    static void runSample() {
        data = work.resolve("data");
        run = Cli.run(data, "run", "--period", "2026-10", "--input", "input", "--templates", "templates", "--output",
                work.resolve("output").toString());
    }

    @Test
    void theDeliveryRecordHoldsThePartnerEditionForThePoliceMemberAndTheFullOneForTheOthers() {
        assertThat(run.exitCode()).as(run.all()).isZero();
        Map<String, String> editions = new TreeMap<>();
        repository().sql("SELECT email, edition FROM bp_delivery WHERE board = 'improvement-board' AND period = '2026-10' AND revision = 1")
                .query((rs, n) -> editions.put(rs.getString(1), rs.getString(2))).list();
        Map<String, String> expected = new TreeMap<>();
        FULL_MEMBERS.forEach(m -> expected.put(m, "full"));
        expected.put(POLICE, "partner");
        assertThat(editions).isEqualTo(expected);
    }

    @Test
    void theManifestNamesTheEditionEachMemberWasSentAndOfEachFile() throws Exception {
        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode manifest = JsonMapper.builder().build().readTree(work.resolve("output").resolve(FOLDER + "manifest.json").toFile());
        Map<String, String> sent = new TreeMap<>();
        for (JsonNode d : manifest.get("deliveries")) sent.put(d.get("email").asString(), d.get("edition").asString());
        assertThat(sent).containsEntry(POLICE, "partner").hasSize(6);
        FULL_MEMBERS.forEach(m -> assertThat(sent).containsEntry(m, "full"));

        Map<String, String> files = new TreeMap<>();
        for (JsonNode f : manifest.get("outputs")) {
            files.put(f.get("path").asString(), f.has("edition") ? f.get("edition").asString() : "(none)");
        }
        assertThat(files).containsEntry(FOLDER + "improvement-board-2026-10-partner.pdf", "partner")
                .containsEntry(FOLDER + "improvement-board-2026-10-partner.xlsx", "partner")
                .containsEntry(FOLDER + "results-partner.csv", "partner")
                .containsEntry(FOLDER + "improvement-board-2026-10.pdf", "full")
                .containsEntry(FOLDER + "results.csv", "full")
                .containsEntry(FOLDER + "mail/improvement-board-2026-10-rachel.okafor_at_police.example.org.eml", "partner")
                .containsEntry(FOLDER + "mail/improvement-board-2026-10-helen.marsh_at_bedford.example.org.eml", "full")
                .containsEntry(FOLDER + "validation.csv", "(none)"); // the run's own report: of no one edition
    }

    @Test
    void deliveriesListsEachMembersEditionAndFiltersByIt() {
        assertThat(run.exitCode()).as(run.all()).isZero();
        Cli.Result all = Cli.run(data, "deliveries");
        assertThat(all.exitCode()).as(all.all()).isZero();
        assertThat(all.out()).containsPattern("2026-10 +improvement-board +1 +partner +Det Supt Rachel Okafor <" + POLICE + "> +WRITTEN")
                .containsPattern("2026-10 +improvement-board +1 +full +Dr Helen Marsh <helen.marsh@bedford.example.org> +WRITTEN");
        Cli.Result partner = Cli.run(data, "deliveries", "--edition", "partner");
        assertThat(partner.exitCode()).as(partner.all()).isZero();
        List<String> rows = new ArrayList<>(partner.out().lines().filter(l -> l.startsWith("2026-10")).toList());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).contains(POLICE).contains("improvement-board-2026-10-rachel.okafor_at_police.example.org.eml");
        assertThat(Cli.run(data, "deliveries", "--edition", "full").out().lines().filter(l -> l.startsWith("2026-10")).count())
                .isEqualTo(5);
    }

    @Test
    void verifyWithAnEditionChecksOnlyThatEditionsFiles() {
        assertThat(run.exitCode()).as(run.all()).isZero();
        Cli.Result partner = Cli.run(data, "verify", "--edition", "partner");
        assertThat(partner.exitCode()).as(partner.all()).isZero();
        // the partner edition's workbook, PDF, two CSVs and the police member's message
        assertThat(partner.out().lines().filter(l -> l.startsWith("OK ")).map(l -> l.substring(9)).toList())
                .containsExactlyInAnyOrder(FOLDER + "improvement-board-2026-10-partner.xlsx", FOLDER + "improvement-board-2026-10-partner.pdf",
                        FOLDER + "results-partner.csv", FOLDER + "recommendations-partner.csv",
                        FOLDER + "mail/improvement-board-2026-10-rachel.okafor_at_police.example.org.eml");
        assertThat(partner.out()).contains("5 of 5 partner edition files as written by execution ");

        // the full edition: its four files and the five other members' messages; not validation.csv, not the partner's
        Cli.Result full = Cli.run(data, "verify", "--edition", "full");
        assertThat(full.exitCode()).as(full.all()).isZero();
        assertThat(full.out()).contains("9 of 9 full edition files as written by execution ")
                .contains(FOLDER + "improvement-board-2026-10.pdf").doesNotContain("partner").doesNotContain("validation.csv");

        Cli.Result unknown = Cli.run(data, "verify", "--edition", "police");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.all()).contains("Unknown edition \"police\" for --edition: give one of full, partner.")
                .doesNotContain("Exception");
    }

    @Test
    void verifyOfAnEditionTheRunDidNotBuildHasNothingToVerify() {
        // corporate-parenting: no editions in its definition and none of its members receives the partner one
        Cli.Result cp = Cli.run(data, "run", "--board", "corporate-parenting", "--period", "2026-10", "--input", "input",
                "--templates", "templates", "--output", work.resolve("output").toString(), "--no-mail");
        assertThat(cp.exitCode()).as(cp.all()).isZero();
        Cli.Result none = Cli.run(data, "verify", "--board", "corporate-parenting", "--edition", "partner");
        assertThat(none.exitCode()).as(none.all()).isEqualTo(ExitCodes.NO_SUCH_RUN).isEqualTo(11);
        assertThat(none.all()).contains("Nothing to verify: ").contains("lists no file of the partner edition (the editions it lists: full).");
    }

    private static JdbcClient repository() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + data.resolve("boardpack") + ";AUTO_SERVER=TRUE");
        ds.setUser("sa");
        return JdbcClient.create(ds);
    }
}
