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
                .containsPattern("PERIOD +BOARD +REV +EDITION +MEMBER +STATE")
                .containsPattern("2026-10 +improvement-board +1 +full +Dr Helen Marsh <helen.marsh@bedford.example.org> +SENT +1 +2026-11-02 06:00:00 smtp +improvement-board-2026-10.pdf")
                .containsPattern("2026-10 +improvement-board +1 +full +Cllr Priya Nair <priya.nair@bedford.example.org> +FAILED +1 +smtp +rejected: 550 5.1.1 User unknown")
                .contains("Message-ID <id-helen@bedford.example.org>")
                .contains("1 member has not been sent the improvement-board pack for 2026-10: no run of it is recorded in the job repository.");
    }

    private static CommandResult deliveries(String... args) {
        PrintStream original = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cl = new CommandLine(new DeliveriesCommand());
            cl.setExecutionExceptionHandler((e, c, r) -> {
                System.err.println(e.getMessage());
                return e instanceof org.boardpack.cli.UserError u ? u.exitCode() : 1;
            });
            int exit = cl.execute(args);
            return new CommandResult(exit, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
        }
    }

    record CommandResult(int exit, String text) {
    }

    @Test
    void anUnconfirmedDeliveryIsExplainedAndConfirmRecordsItAsReceived() {
        String url = "jdbc:h2:mem:deliveriesconfirm;DB_CLOSE_DELAY=-1";
        DriverManagerDataSource ds = new DriverManagerDataSource(url, "sa", "");
        org.boardpack.support.Schema.migrate(ds);
        DeliveryStore store = MailTestSupport.store(ds);
        BoardMember helen = new BoardMember("Dr Helen Marsh", "helen.marsh@bedford.example.org", "Chair",
                List.of("improvement-board"), Set.of(PackFormat.PDF), "board-members.csv", 2);
        BoardMember old = new BoardMember("Cllr Priya Nair", "priya.nair@bedford.example.org", "Lead member",
                List.of("improvement-board"), Set.of(PackFormat.PDF), "board-members.csv", 3);
        DeliveryKey h = new DeliveryKey("improvement-board", MailTestSupport.PERIOD, 1, helen.email());
        DeliveryKey o = new DeliveryKey("improvement-board", MailTestSupport.PERIOD, 1, old.email());
        store.open(h, helen, "<id-helen@bedford.example.org>", MailMode.SMTP);
        store.markSending(h, helen, MailMode.SMTP, false);
        store.markDataStarted(h);
        store.markUnconfirmed(h, "the SMTP server did not answer the end of the message within boardpack.mail.data-timeout=10m: it may have arrived",
                "improvement-board-2026-10.pdf", "SMTP server mail.bedford.example.org:587");
        store.open(o, old, "<id-priya@bedford.example.org>", MailMode.SMTP);
        store.markRemoved(o, "no longer among the valid members of improvement-board in board-members.csv");
        System.setProperty("spring.datasource.url", url);

        CommandResult list = deliveries("--board", "improvement-board", "--period", "2026-10");
        assertThat(list.exit()).isZero();
        assertThat(list.text())
                .containsPattern("Dr Helen Marsh <helen.marsh@bedford.example.org> +UNCONFIRMED +1 +smtp +the SMTP server did not answer")
                .containsPattern("Cllr Priya Nair <priya.nair@bedford.example.org> +REMOVED")
                .contains("1 member may or may not have the improvement-board pack for 2026-10 (delivery UNCONFIRMED; not sent again automatically):")
                .contains("Message-ID <id-helen@bedford.example.org>")
                .contains("boardpack deliveries --board improvement-board --period 2026-10 --confirm helen.marsh@bedford.example.org")
                .contains("boardpack deliveries --board improvement-board --period 2026-10 --resend-unconfirmed")
                .doesNotContain("not been sent"); // REMOVED is nobody's to send: nothing for a restart

        CommandResult unknown = deliveries("--confirm", "nobody@bedford.example.org");
        assertThat(unknown.exit()).isEqualTo(org.boardpack.cli.ExitCodes.USAGE);
        assertThat(unknown.text()).contains("No delivery to nobody@bedford.example.org is recorded");
        assertThat(deliveries("--confirm", "priya.nair@bedford.example.org").text())
                .contains("No UNCONFIRMED delivery to priya.nair@bedford.example.org; recorded: improvement-board 2026-10 revision 1 REMOVED");

        CommandResult confirmed = deliveries("--confirm", "Helen.Marsh@bedford.example.org");
        assertThat(confirmed.exit()).isZero();
        assertThat(confirmed.text()).contains("Recorded: Dr Helen Marsh <helen.marsh@bedford.example.org> has the improvement-board pack for 2026-10")
                .contains("SENT, confirmed by the operator");
        Delivery after = store.find(h).orElseThrow();
        assertThat(after.state()).isEqualTo(DeliveryState.SENT);
        assertThat(after.sentAt()).isEqualTo(after.dataStartedAt());
        assertThat(deliveries("--board", "improvement-board", "--period", "2026-10").text())
                .containsPattern("Dr Helen Marsh <helen.marsh@bedford.example.org> +SENT .*improvement-board-2026-10.pdf \\[confirmed as received by the operator \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\]")
                .doesNotContain("UNCONFIRMED");
    }

    /**
     * Two UNCONFIRMED messages of one pack, one of each edition: the chair's (full) and the police partner's (partner).
     * Sorted by member name, "Det Supt Rachel Okafor" comes before "Dr Helen Marsh" ('e' before 'r').
     */
    private static DeliveryStore twoEditionsUnconfirmed(String url) {
        DriverManagerDataSource ds = new DriverManagerDataSource(url, "sa", "");
        org.boardpack.support.Schema.migrate(ds);
        DeliveryStore store = MailTestSupport.store(ds);
        BoardMember helen = new BoardMember("Dr Helen Marsh", "helen.marsh@bedford.example.org", "Chair",
                List.of("improvement-board"), Set.of(PackFormat.PDF), "board-members.csv", 2);
        BoardMember rachel = new BoardMember("Det Supt Rachel Okafor", "rachel.okafor@police.example.org", "Police partner",
                List.of("improvement-board"), Set.of(PackFormat.PDF), "board-members.csv", 7, org.boardpack.pack.Edition.PARTNER);
        for (BoardMember m : List.of(helen, rachel)) {
            DeliveryKey k = new DeliveryKey("improvement-board", MailTestSupport.PERIOD, 1, m.email());
            store.open(k, m, "<id-" + m.email().substring(0, m.email().indexOf('.')) + "@bedford.example.org>", MailMode.SMTP);
            store.markSending(k, m, MailMode.SMTP, false);
            store.markDataStarted(k);
            store.markUnconfirmed(k, "the SMTP server did not answer the end of the message within boardpack.mail.data-timeout=10m: it may have arrived",
                    "improvement-board-2026-10" + (m == rachel ? "-partner" : "") + ".pdf", "SMTP server mail.bedford.example.org:587");
        }
        System.setProperty("spring.datasource.url", url);
        return store;
    }

    @Test
    void theListingShowsEachDeliverysEditionAndTheAdviceNamesTheEditionOfThePartnerRow() {
        twoEditionsUnconfirmed("jdbc:h2:mem:deliveriesedition;DB_CLOSE_DELAY=-1");

        CommandResult all = deliveries("--board", "improvement-board", "--period", "2026-10");
        assertThat(all.exit()).isZero();
        assertThat(all.text())
                .containsPattern("2026-10 +improvement-board +1 +partner +Det Supt Rachel Okafor <rachel.okafor@police.example.org> +UNCONFIRMED")
                .containsPattern("2026-10 +improvement-board +1 +full +Dr Helen Marsh <helen.marsh@bedford.example.org> +UNCONFIRMED")
                .contains("2 members may or may not have the improvement-board pack for 2026-10")
                .contains("  - Det Supt Rachel Okafor <rachel.okafor@police.example.org> (partner edition): the SMTP server did not answer")
                .contains("  - Dr Helen Marsh <helen.marsh@bedford.example.org>: the SMTP server did not answer")
                // the first row named is the partner's: confirming it names its edition; resending both needs none
                .contains("boardpack deliveries --board improvement-board --period 2026-10 --edition partner --confirm rachel.okafor@police.example.org")
                .contains("boardpack deliveries --board improvement-board --period 2026-10 --resend-unconfirmed")
                .doesNotContain("--edition partner --resend-unconfirmed").doesNotContain("--edition full");

        CommandResult partner = deliveries("--board", "improvement-board", "--period", "2026-10", "--edition", "partner");
        assertThat(partner.exit()).isZero();
        assertThat(partner.text())
                .containsPattern("2026-10 +improvement-board +1 +partner +Det Supt Rachel Okafor <rachel.okafor@police.example.org> +UNCONFIRMED")
                .doesNotContain("helen.marsh")
                .contains("1 member may or may not have the improvement-board pack for 2026-10")
                .contains("boardpack deliveries --board improvement-board --period 2026-10 --edition partner --confirm rachel.okafor@police.example.org")
                .contains("boardpack deliveries --board improvement-board --period 2026-10 --edition partner --resend-unconfirmed");

        CommandResult full = deliveries("--board", "improvement-board", "--period", "2026-10", "--edition", "full");
        assertThat(full.exit()).isZero();
        assertThat(full.text())
                .containsPattern("2026-10 +improvement-board +1 +full +Dr Helen Marsh <helen.marsh@bedford.example.org> +UNCONFIRMED")
                .doesNotContain("rachel.okafor")
                .contains("1 member may or may not have the improvement-board pack for 2026-10")
                .contains("boardpack deliveries --board improvement-board --period 2026-10 --edition full --confirm helen.marsh@bedford.example.org")
                .contains("boardpack deliveries --board improvement-board --period 2026-10 --edition full --resend-unconfirmed");
    }

    @Test
    void confirmWithAnEditionActsOnlyOnThatEditionsDelivery() {
        DeliveryStore store = twoEditionsUnconfirmed("jdbc:h2:mem:deliveriesconfirmedition;DB_CLOSE_DELAY=-1");
        DeliveryKey rachel = new DeliveryKey("improvement-board", MailTestSupport.PERIOD, 1, "rachel.okafor@police.example.org");

        CommandResult wrong = deliveries("--edition", "full", "--confirm", "rachel.okafor@police.example.org");
        assertThat(wrong.exit()).isEqualTo(org.boardpack.cli.ExitCodes.USAGE);
        assertThat(wrong.text()).contains("No delivery to rachel.okafor@police.example.org is recorded of the full edition.");
        assertThat(store.find(rachel).orElseThrow().state()).isEqualTo(DeliveryState.UNCONFIRMED);

        CommandResult confirmed = deliveries("--board", "improvement-board", "--period", "2026-10", "--edition", "partner",
                "--confirm", "rachel.okafor@police.example.org");
        assertThat(confirmed.exit()).isZero();
        assertThat(confirmed.text()).contains("Recorded: Det Supt Rachel Okafor <rachel.okafor@police.example.org> has the "
                + "improvement-board pack for 2026-10 (partner edition) (Message-ID <id-rachel@bedford.example.org>): SENT, confirmed by the operator.");
        Delivery after = store.find(rachel).orElseThrow();
        assertThat(after.state()).isEqualTo(DeliveryState.SENT);
        assertThat(after.edition()).isEqualTo(org.boardpack.pack.Edition.PARTNER);
        assertThat(store.find(new DeliveryKey("improvement-board", MailTestSupport.PERIOD, 1, "helen.marsh@bedford.example.org"))
                .orElseThrow().state()).isEqualTo(DeliveryState.UNCONFIRMED);

        // nothing of the partner edition is left to resend; the full one is untouched
        CommandResult resend = deliveries("--board", "improvement-board", "--period", "2026-10", "--edition", "partner",
                "--resend-unconfirmed");
        assertThat(resend.exit()).isZero();
        assertThat(resend.text()).contains("No UNCONFIRMED deliveries of the partner edition for improvement-board in 2026-10: nothing to send again.");
    }

    @Test
    void anUnknownEditionIsAUsageErrorNamingTheAcceptedOnesWithoutAStackTrace(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) {
        for (String[] args : List.of(new String[] {"deliveries", "--edition", "police"},
                new String[] {"deliveries", "--edition", "police", "--confirm", "helen.marsh@bedford.example.org"},
                new String[] {"deliveries", "--edition", "police", "--resend-unconfirmed"})) {
            org.boardpack.support.Cli.Result r = org.boardpack.support.Cli.run(data, args);
            assertThat(r.exitCode()).as(r.all()).isEqualTo(org.boardpack.cli.ExitCodes.USAGE);
            assertThat(r.all().strip()).isEqualTo("boardpack: Unknown edition \"police\" for --edition: give one of full, partner.");
        }
    }
}
