package org.boardpack.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.boardpack.cli.ExitCodes;
import org.boardpack.support.Cli;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Issue 20: {@code deliveries --resend-unconfirmed} words the email with the template recorded in the run's snapshot,
 * not with templates/email as it is now (the operator edited it after the run).
 */
class ResendUsesSnapshotTemplateTest {

    private static final String MEMBERS = "name,email,role,boards,formats\n"
            + "Chair,chair@council.example.org,Independent chair,test-board,pdf\n";

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
    void theResentMessageIsWordedFromTheSnapshotsTemplate() throws Exception {
        Path input = work.resolve("input");
        Path templates = work.resolve("templates");
        Cli.copyTree(Path.of("src/test/resources/fixtures/small/input"), input);
        Cli.copyTree(Path.of("src/test/resources/fixtures/small/templates"), templates);
        Files.writeString(input.resolve("board-members.csv"), MEMBERS);
        Path template = templates.resolve("email/test-board.txt");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "Dear {{member_name}},\n\nAs recorded at the run: the {{board_title}} pack for {{period}}.\n");
        Path data = work.resolve("data");

        Cli.Result run = Cli.run(data, "run", "--board", "test-board", "--period", "2026-10", "--input", input.toString(),
                "--templates", templates.toString(), "--output", work.resolve("output").toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains("As recorded at the run");

        // the server's answer to the end of the message was lost (as SmtpFaultsTest provokes): the delivery is UNCONFIRMED
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + data.resolve("boardpack") + ";AUTO_SERVER=TRUE");
        ds.setUser("sa");
        int changed = JdbcClient.create(ds).sql("UPDATE bp_delivery SET state = 'UNCONFIRMED' WHERE email = ?")
                .param("chair@council.example.org").update();
        assertThat(changed).isEqualTo(1);
        // the operator edits the live template afterwards
        Files.writeString(template, "Dear {{member_name}},\n\nEdited after the run.\n");

        Cli.Result resend = Cli.run(data, "deliveries", "--board", "test-board", "--period", "2026-10", "--resend-unconfirmed");
        assertThat(resend.exitCode()).as(resend.all()).isEqualTo(ExitCodes.COMPLETED);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID());
        String body = GreenMailUtil.getBody(received[1]);
        assertThat(body).contains("As recorded at the run").doesNotContain("Edited after the run");
    }
}
