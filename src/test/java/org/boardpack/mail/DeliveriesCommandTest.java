package org.boardpack.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.boardpack.cli.DeliveriesCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import picocli.CommandLine;

/** {@code boardpack deliveries} against a database holding a few delivery rows. */
class DeliveriesCommandTest {

    private static final String URL = "jdbc:h2:mem:deliveriescommand;DB_CLOSE_DELAY=-1";

    @AfterEach
    void clear() {
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void listsWhoWasSentWhatAndWhen() {
        DriverManagerDataSource ds = new DriverManagerDataSource(URL, "sa", "");
        org.boardpack.support.Schema.migrate(ds);
        DeliveryStore store = MailTestSupport.store(ds);
        BoardMember helen = new BoardMember("Dr Helen Marsh", "helen.marsh@bedford.example.org", "Chair",
                List.of("improvement-board"), Set.of(PackFormat.PDF), "board-members.csv", 2);
        BoardMember priya = new BoardMember("Cllr Priya Nair", "priya.nair@bedford.example.org", "Lead member",
                List.of("improvement-board"), Set.of(PackFormat.PDF), "board-members.csv", 3);
        DeliveryKey h = new DeliveryKey("improvement-board", MailTestSupport.PERIOD, 1, helen.email());
        DeliveryKey p = new DeliveryKey("improvement-board", MailTestSupport.PERIOD, 1, priya.email());
        store.open(h, helen, "<id-helen@bedford.example.org>", MailMode.SMTP);
        store.markSending(h, helen, MailMode.SMTP, false);
        store.markDelivered(h, MailMode.SMTP, "improvement-board-2026-10.pdf", "smtp mail.bedford.example.org:587");
        store.open(p, priya, "<id-priya@bedford.example.org>", MailMode.SMTP);
        store.markSending(p, priya, MailMode.SMTP, false);
        store.markFailed(p, "rejected: 550 5.1.1 User unknown");

        System.setProperty("spring.datasource.url", URL);
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new DeliveriesCommand()).execute("--board", "improvement-board", "--period", "2026-10", "--message-ids");
        } finally {
            System.setOut(original);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(text).contains("PERIOD", "STATE", "ATTACHED / LAST ERROR")
                .containsPattern("2026-10 +improvement-board +1 +Dr Helen Marsh <helen.marsh@bedford.example.org> +SENT +1 +2026-11-02 06:00:00 smtp +improvement-board-2026-10.pdf")
                .containsPattern("Cllr Priya Nair <priya.nair@bedford.example.org> +FAILED +1 +smtp +rejected: 550 5.1.1 User unknown")
                .contains("Message-ID <id-helen@bedford.example.org>")
                .contains("1 member has not been sent the pack");
    }
}
