package org.boardpack.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.boardpack.output.OutputLayout;
import org.boardpack.pack.PackModel;
import org.boardpack.support.ScriptedSmtpServer;
import org.boardpack.support.ScriptedSmtpServer.Behaviour;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mail at most once against relays that misbehave as real ones do (a {@link ScriptedSmtpServer}): late, trickled,
 * withheld and dropped answers, and a stop request during the wait.
 */
class SmtpFaultsTest {

    static final String BOARD = DeliverySmtpTest.BOARD;
    static final String HELEN = "helen.marsh@bedford.example.org";
    static final String MARK = "mark.adeyemi@bedford.example.org";

    @TempDir
    Path root;

    ScriptedSmtpServer server;
    PackModel pack;
    OutputLayout layout;
    Path templates;
    Path input;
    DeliveryStore store;
    MailSettings settings;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        server = ScriptedSmtpServer.start();
        pack = MailTestSupport.pack(BOARD, DeliverySmtpTest.TITLE, 1);
        layout = MailTestSupport.writePackFiles(root.resolve("output"), pack, 40_000, 25_000);
        templates = MailTestSupport.templates(root, DeliverySmtpTest.TEXT, null, BOARD, "corporate-parenting");
        input = MailTestSupport.members(root, DeliverySmtpTest.MEMBERS);
        store = MailTestSupport.store(MailTestSupport.database());
        settings = MailTestSupport.smtpSettings(server.port());
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    private PackDistributor distributor() {
        return new PackDistributor(settings, store, MailTestSupport.CLOCK, PackDistributor::defaultTransport, (d, stop) -> {
            sleeps.add(d);
            return PackDistributor.pauseUnlessStopped(d, stop);
        });
    }

    private DistributionReport distribute(BooleanSupplier stop) {
        return distributor().distribute(pack, layout, MailTestSupport.digest(), input, templates, false, stop);
    }

    private DistributionReport distribute() {
        return distribute(() -> false);
    }

    private Delivery row(String email) {
        return store.find(new DeliveryKey(BOARD, MailTestSupport.PERIOD, 1, email)).orElseThrow();
    }

    @Test
    void aSlowRelayThatQueuesTheMessageButAnswersAfterTheTimeoutGetsOneCopyAndTheMemberIsUnconfirmed() throws Exception {
        settings.setDataTimeout(Duration.ofSeconds(1));
        server.onData(HELEN, Behaviour.SLOW_DATA_REPLY).slowReply(Duration.ofSeconds(3));

        DistributionReport report = distribute(); // no exception: everyone else has it, Helen may have it

        assertThat(report.unconfirmed()).extracting(m -> m.member().email()).containsExactly(HELEN);
        assertThat(report.sentNow()).isEqualTo(4);
        assertThat(report.missing()).isEmpty();
        assertThat(sleeps).isEmpty(); // an unknown outcome is not retried
        assertThat(server.queuedFor(HELEN)).hasSize(1);
        Delivery helen = row(HELEN);
        assertThat(helen.state()).isEqualTo(DeliveryState.UNCONFIRMED);
        assertThat(helen.attempts()).isEqualTo(1);
        assertThat(helen.dataStartedAt()).isNotNull();
        assertThat(helen.lastError()).isEqualTo("the SMTP server did not answer the end of the message within "
                + "boardpack.mail.data-timeout=1s: it may have arrived");
        assertThat(helen.attached()).isEqualTo("improvement-board-2026-10.pdf"); // what was handed over

        Thread.sleep(2500); // the relay's late 250 has come and gone
        DistributionReport rerun = distribute();
        assertThat(rerun.unconfirmed()).hasSize(1);
        assertThat(rerun.alreadySent()).isEqualTo(4);
        assertThat(server.queuedFor(HELEN)).hasSize(1); // still one copy: a rerun never resends an unconfirmed message
        assertThat(server.queued()).hasSize(5);
    }

    @Test
    void resendUnconfirmedSendsTheMessageAgainWithTheSameMessageId() throws Exception {
        settings.setDataTimeout(Duration.ofSeconds(1));
        server.onData(HELEN, Behaviour.SLOW_DATA_REPLY).slowReply(Duration.ofSeconds(2));
        distribute();
        server.behaveNormally();

        DistributionReport again = distributor().resendUnconfirmed(pack, layout, MailTestSupport.digest(), input, templates, () -> false);

        assertThat(again.members()).singleElement().satisfies(m -> {
            assertThat(m.member().email()).isEqualTo(HELEN);
            assertThat(m.state()).isEqualTo(DeliveryState.SENT);
            assertThat(m.resend()).isTrue();
        });
        List<ScriptedSmtpServer.Received> copies = server.queuedFor(HELEN);
        assertThat(copies).hasSize(2);
        Delivery helen = row(HELEN);
        assertThat(copies.get(0).messageId()).isEqualTo(helen.messageId())
                .matches("<boardpack\\.improvement-board\\.2026-10\\.r1\\.[0-9a-f]{16}@bedford\\.example\\.org>");
        assertThat(copies.get(1).messageId()).isEqualTo(helen.messageId());
        assertThat(helen.state()).isEqualTo(DeliveryState.SENT);
        assertThat(helen.resend()).isTrue();
        assertThat(helen.attempts()).isEqualTo(2);
        // nothing else was sent again, and a second call finds nothing to do
        assertThat(server.queued()).hasSize(6);
        assertThat(distributor().resendUnconfirmed(pack, layout, MailTestSupport.digest(), input, templates, () -> false).members()).isEmpty();
    }

    /**
     * Helen receives the partner edition (her row says partner), Mark the full one; both messages go unconfirmed.
     * A resend of the partner edition sends Helen's again, as the partner edition she was recorded with even though
     * the members file has named the full one for her since (the same Message-ID carries the same pack), and leaves
     * Mark's alone.
     */
    @Test
    void resendUnconfirmedOfOneEditionSendsOnlyThatEditionsMessagesAsRecorded() throws Exception {
        java.nio.file.Files.write(layout.forEdition("partner").pdfPack(), MailTestSupport.bytes(30_000, 3));
        MailTestSupport.members(root, """
                name,email,role,boards,formats,edition
                Dr Helen Marsh,helen.marsh@bedford.example.org,Independent chair,improvement-board,pdf,partner
                Mark Adeyemi,mark.adeyemi@bedford.example.org,Director of Children's Services,improvement-board,pdf,
                """);
        settings.setDataTimeout(Duration.ofSeconds(1));
        server.onData(HELEN, Behaviour.SLOW_DATA_REPLY).onData(MARK, Behaviour.SLOW_DATA_REPLY).slowReply(Duration.ofSeconds(2));
        distribute();
        assertThat(row(HELEN).edition()).isEqualTo(org.boardpack.pack.Edition.PARTNER);
        assertThat(row(HELEN).attached()).isEqualTo("improvement-board-2026-10-partner.pdf");
        assertThat(row(MARK).edition()).isEqualTo(org.boardpack.pack.Edition.FULL);
        assertThat(row(HELEN).state()).isEqualTo(DeliveryState.UNCONFIRMED);
        assertThat(row(MARK).state()).isEqualTo(DeliveryState.UNCONFIRMED);
        server.behaveNormally();
        MailTestSupport.members(root, """
                name,email,role,boards,formats
                Dr Helen Marsh,helen.marsh@bedford.example.org,Independent chair,improvement-board,pdf
                Mark Adeyemi,mark.adeyemi@bedford.example.org,Director of Children's Services,improvement-board,pdf
                """); // both full now

        DistributionReport again = distributor().resendUnconfirmed(pack, layout, MailTestSupport.digest(), input, templates,
                org.boardpack.pack.Edition.PARTNER, () -> false);

        assertThat(again.members()).singleElement().satisfies(m -> {
            assertThat(m.member().email()).isEqualTo(HELEN);
            assertThat(m.state()).isEqualTo(DeliveryState.SENT);
            assertThat(m.attached()).containsExactly("improvement-board-2026-10-partner.pdf");
        });
        List<ScriptedSmtpServer.Received> helen = server.queuedFor(HELEN);
        assertThat(helen).hasSize(2);
        assertThat(MailTestSupport.attachments(helen.get(1).mime())).extracting(MailTestSupport.Attachment::fileName)
                .containsExactly("improvement-board-2026-10-partner.pdf");
        assertThat(row(HELEN).edition()).isEqualTo(org.boardpack.pack.Edition.PARTNER);
        assertThat(row(MARK).state()).isEqualTo(DeliveryState.UNCONFIRMED);
        assertThat(server.queuedFor(MARK)).hasSize(1);
    }

    @Test
    void aResendThatFailsLeavesTheMessageUnconfirmed() throws Exception {
        settings.setDataTimeout(Duration.ofSeconds(1));
        server.onData(HELEN, Behaviour.SLOW_DATA_REPLY).slowReply(Duration.ofSeconds(2));
        distribute();
        server.close(); // the relay is down now

        DistributionReport again = distributor().resendUnconfirmed(pack, layout, MailTestSupport.digest(), input, templates, () -> false);

        assertThat(again.unconfirmed()).hasSize(1);
        Delivery helen = row(HELEN);
        assertThat(helen.state()).isEqualTo(DeliveryState.UNCONFIRMED);
        assertThat(helen.lastError()).startsWith("sending it again failed (cannot connect to the SMTP server")
                .endsWith("the first message may still have arrived");
    }

    @Test
    void confirmRecordsAnUnconfirmedMessageAsReceivedAndNothingIsSentAgain() throws Exception {
        settings.setDataTimeout(Duration.ofSeconds(1));
        server.onData(HELEN, Behaviour.SLOW_DATA_REPLY).slowReply(Duration.ofSeconds(2));
        distribute();
        Delivery before = row(HELEN);

        assertThat(store.confirm(before.key())).isTrue();
        assertThat(store.confirm(before.key())).isFalse(); // only an UNCONFIRMED row can be confirmed

        Delivery helen = row(HELEN);
        assertThat(helen.state()).isEqualTo(DeliveryState.SENT);
        assertThat(helen.confirmedAt()).isNotNull();
        assertThat(helen.sentAt()).isEqualTo(before.dataStartedAt()); // sent when it was handed over
        server.behaveNormally();
        DistributionReport rerun = distribute();
        assertThat(rerun.allDelivered()).isTrue();
        assertThat(rerun.sentNow()).isZero();
        assertThat(server.queuedFor(HELEN)).hasSize(1);
    }

    @Test
    void aConnectionLostAfterTheEndOfTheMessageIsUnconfirmedButOneLostBeforeItIsRetried() throws Exception {
        server.onData(HELEN, Behaviour.DROP_AFTER_DATA);
        DistributionReport report = distribute();
        assertThat(report.unconfirmed()).extracting(m -> m.member().email()).containsExactly(HELEN);
        assertThat(row(HELEN).lastError()).startsWith("the connection to the SMTP server was lost after the whole message was sent")
                .endsWith("it may have arrived");
        assertThat(server.queuedFor(HELEN)).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aServerTricklingItsGreetingALineASecondIsCutOffByTheOverallDeadline() throws Exception {
        settings.setTimeout(Duration.ofSeconds(2)); // each line comes within it: only the deadline can end the wait
        settings.setDeadline(Duration.ofSeconds(3));
        server.greeting(Behaviour.TRICKLE_GREETING);

        long start = System.nanoTime();
        assertThatThrownBy(this::distribute).isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("Dr Helen Marsh <helen.marsh@bedford.example.org>: FAILED after 1 attempt: "
                        + "the SMTP conversation took longer than boardpack.mail.deadline=3s: the server answers too slowly")
                .hasMessageContaining("Mark Adeyemi <mark.adeyemi@bedford.example.org>: PENDING: not attempted");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(seconds).isBetween(2.9, 8.0);
        assertThat(server.connections()).isEqualTo(1); // not retried, the others not tried: the server is too slow for anyone
        assertThat(server.queued()).isEmpty();
    }

    @Test
    void aReplyToTheEndOfTheMessageTrickledALineASecondIsCutOffAndUnconfirmed() throws Exception {
        settings.setDataTimeout(Duration.ofSeconds(2));
        settings.setDeadline(Duration.ofSeconds(4));
        server.onData(HELEN, Behaviour.TRICKLE_DATA_REPLY);

        long start = System.nanoTime();
        DistributionReport report = distribute();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10.0);
        assertThat(report.unconfirmed()).hasSize(1);
        assertThat(row(HELEN).lastError()).isEqualTo("the SMTP conversation took longer than boardpack.mail.deadline=4s "
                + "while waiting for the server to confirm the message: it may have arrived");
        assertThat(server.queuedFor(HELEN)).hasSize(1);
        assertThat(report.sentNow()).isEqualTo(4);
    }

    @Test
    void aStopRequestDuringAHangingWaitForTheAnswerEndsTheCallWithinSecondsAndLeavesTheMemberUnconfirmed() throws Exception {
        server.onData(HELEN, Behaviour.HANG_DATA_REPLY); // data-timeout is 10 minutes by default
        assertThat(settings.getDataTimeout()).isEqualTo(Duration.ofMinutes(10));
        StopAfterWaiting stop = new StopAfterWaiting(server);

        assertThatThrownBy(() -> distribute(stop)).isInstanceOf(DistributionStoppedException.class)
                .hasMessageContaining("a restart sends it to the members who do not have it yet");
        assertThat(stop.secondsSinceStop()).isLessThan(3.0);
        assertThat(row(HELEN).state()).isEqualTo(DeliveryState.UNCONFIRMED);
        assertThat(row(HELEN).lastError()).isEqualTo("the run was stopped while waiting for the SMTP server to confirm the message: it may have arrived");
        assertThat(store.find(new DeliveryKey(BOARD, MailTestSupport.PERIOD, 1, MARK))).isEmpty(); // the others: not yet

        server.behaveNormally();
        DistributionReport restart = distribute();
        assertThat(restart.sentNow()).isEqualTo(4);
        assertThat(restart.unconfirmed()).hasSize(1);
        assertThat(server.queuedFor(HELEN)).hasSize(1);
    }

    @Test
    void aStopRequestWhileTheServerWithholdsItsGreetingLeavesTheMemberToBeSentByTheRestart() throws Exception {
        server.greeting(Behaviour.HANG_GREETING);
        StopAfterWaiting stop = new StopAfterWaiting(server);

        assertThatThrownBy(() -> distribute(stop)).isInstanceOf(DistributionStoppedException.class);
        assertThat(stop.secondsSinceStop()).isLessThan(3.0);
        assertThat(row(HELEN).state()).isEqualTo(DeliveryState.PENDING);
        assertThat(row(HELEN).lastError()).isEqualTo("the run was stopped before the message was handed over");

        server.behaveNormally();
        DistributionReport restart = distribute();
        assertThat(restart.allDelivered()).isTrue();
        assertThat(restart.sentNow()).isEqualTo(5);
        assertThat(server.queuedFor(HELEN)).hasSize(1);
        assertThat(row(HELEN).resend()).isFalse();
    }

    @Test
    void theDefaultsFollowRfc5321() {
        MailSettings defaults = new MailSettings();
        assertThat(defaults.getDataTimeout()).isEqualTo(Duration.ofMinutes(10)); // RFC 5321 4.5.3.2.6: DATA termination, 10 minutes
        assertThat(defaults.getDeadline()).isGreaterThan(defaults.getDataTimeout());
    }

    /** Says "stop" once the server holds a client waiting, as the SIGTERM handler would; remembers when. */
    static final class StopAfterWaiting implements BooleanSupplier {
        private final ScriptedSmtpServer server;
        private volatile long stoppedAt;

        StopAfterWaiting(ScriptedSmtpServer server) {
            this.server = server;
            Thread t = new Thread(() -> {
                try {
                    if (server.awaitWaiting(30)) {
                        Thread.sleep(300);
                        stoppedAt = System.nanoTime();
                    }
                } catch (InterruptedException ignored) {
                    // test over
                }
            });
            t.setDaemon(true);
            t.start();
        }

        @Override
        public boolean getAsBoolean() {
            return stoppedAt != 0;
        }

        double secondsSinceStop() {
            assertThat(stoppedAt).as("the server never held the client waiting").isNotZero();
            return (System.nanoTime() - stoppedAt) / 1e9;
        }
    }
}
