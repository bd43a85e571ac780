package org.boardpack.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.boardpack.cli.ExitCodes;
import org.boardpack.support.Cli;
import org.boardpack.support.Outputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The commands an operator runs after a mail failure agree with each other: {@code run}, {@code deliveries} and
 * {@code restart} against a real SMTP server (GreenMail rejecting one address with 550), in this JVM.
 */
@Outputs("xlsx,pdf")
class MailRestartConsistencyTest {

    private static final String MEMBERS = "name,email,role,boards,formats\n"
            + "Chair,chair@council.example.org,Independent chair,test-board,pdf\n"
            + "Lead member,lead.member@council.example.org,Lead member,test-board,pdf\n";

    @TempDir
    Path work;

    RejectingGreenMail smtp;
    Map<String, String> properties;

    @BeforeEach
    void setUp() throws Exception {
        int port = MailTestSupport.freePort();
        smtp = new RejectingGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        properties = Map.of("boardpack.mail.mode", "smtp", "boardpack.mail.host", "127.0.0.1",
                "boardpack.mail.port", String.valueOf(port), "boardpack.mail.from", "boardpack@council.example.org",
                "boardpack.mail.starttls-required", "false", "boardpack.mail.retry.attempts", "1",
                "boardpack.fixed-time", "2026-11-02T06:00:00Z");
        properties.forEach(System::setProperty);
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        properties.keySet().forEach(System::clearProperty);
    }

    @Test
    void afterAnAddressFixForA550MemberDeliveriesAndRestartAgreeThatNothingIsLeft() throws Exception {
        Path input = work.resolve("input");
        Cli.copyTree(Path.of("src/test/resources/fixtures/small/input"), input);
        Cli.copyTree(Path.of("src/test/resources/fixtures/small/templates"), work.resolve("templates"));
        Files.writeString(input.resolve("board-members.csv"), MEMBERS);
        Path data = work.resolve("data");
        String[] run = {"run", "--board", "test-board", "--period", "2026-10", "--input", input.toString(),
                "--templates", work.resolve("templates").toString(), "--output", work.resolve("output").toString()};
        smtp.reject("lead.member@council.example.org");

        Cli.Result failed = Cli.run(data, run);
        assertThat(failed.exitCode()).as(failed.all()).isEqualTo(ExitCodes.FAILED);
        assertThat(Cli.run(data, "deliveries", "--board", "test-board").out())
                .contains("1 member has not been sent the test-board pack for 2026-10: fix the cause (the error above) and run: "
                        + "boardpack restart --board test-board --period 2026-10");

        // the address is corrected; the restart sends to the new one
        Files.writeString(input.resolve("board-members.csv"), MEMBERS.replace("lead.member@", "lead.member2@"));
        Cli.Result restart = Cli.run(data, "restart", "--board", "test-board", "--period", "2026-10");
        assertThat(restart.exitCode()).as(restart.all()).isZero();
        assertThat(restart.all()).contains("board-members.csv changed since this run's snapshot was taken at 2026-11-02 06:00:00: "
                + "the pack is sent to the members as the file lists them now");
        assertThat(smtp.getReceivedMessages()).hasSize(2); // the chair before, the new address now

        Cli.Result deliveries = Cli.run(data, "deliveries", "--board", "test-board");
        assertThat(deliveries.out()).containsPattern("Lead member <lead.member@council.example.org> +REMOVED .*no longer among the valid members")
                .containsPattern("Lead member <lead.member2@council.example.org> +SENT")
                .doesNotContain("not been sent").doesNotContain("restart");
        Cli.Result again = Cli.run(data, "restart", "--board", "test-board", "--period", "2026-10");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.NOTHING_TO_RESTART);
    }
}
