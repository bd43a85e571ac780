package org.boardpack.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.boardpack.output.OutputLayout;
import org.boardpack.pack.PackModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Distribution against GreenMail as a real SMTP server. */
class DeliverySmtpTest {

    static final String BOARD = "improvement-board";
    static final String TITLE = "Children's Services Improvement Board";
    static final String TEXT = """
            Dear {{member_name}},

            The {{board_title}} pack for {{period}} is ready.{{revision_note}}

            {{attachment_note}}

            Red: {{red}}  Amber: {{amber}}  Green: {{green}}  No target: {{no_target}}

            Exceptions:
              - {{exceptions}}

            Overdue recommendations:
              - {{overdue_recommendations}}

            {{marking}}
            """;
    static final String HTML = "<html><body><p>Dear {{member_name}},</p><p>{{attachment_note}}</p>"
            + "<p>Red {{red}}</p><ul>{{exceptions}}</ul><ul>{{overdue_recommendations}}</ul></body></html>";
    static final String MEMBERS = """
            name,email,role,boards,formats
            Dr Helen Marsh,helen.marsh@bedford.example.org,Independent chair,improvement-board,pdf
            Mark Adeyemi,mark.adeyemi@bedford.example.org,Director of Children's Services,improvement-board;corporate-parenting,pdf;xlsx
            Cllr Priya Nair,priya.nair@bedford.example.org,Lead member,improvement-board;corporate-parenting,pdf
            Sarah Whitcombe,sarah.whitcombe@bedford.example.org,Chief executive,improvement-board,pdf
            Tom Brennan,tom.brennan@bedford.example.org,Head of performance,improvement-board;corporate-parenting,xlsx
            Angela Price,angela.price@nhs.example.org,Designated nurse,corporate-parenting,pdf
            """;
    static final List<String> IB_MEMBERS = List.of("helen.marsh@bedford.example.org", "mark.adeyemi@bedford.example.org",
            "priya.nair@bedford.example.org", "sarah.whitcombe@bedford.example.org", "tom.brennan@bedford.example.org");

    @TempDir
    Path root;

    int port;
    RejectingGreenMail greenMail;
    PackModel pack;
    OutputLayout layout;
    Path templates;
    Path input;
    DataSource db;
    DeliveryStore store;
    MailSettings settings;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        port = MailTestSupport.freePort();
        greenMail = new RejectingGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        pack = MailTestSupport.pack(BOARD, TITLE, 1);
        layout = MailTestSupport.writePackFiles(root.resolve("output"), pack, 40_000, 25_000);
        templates = MailTestSupport.templates(root, TEXT, HTML, BOARD, "corporate-parenting");
        input = MailTestSupport.members(root, MEMBERS);
        db = MailTestSupport.database();
        store = MailTestSupport.store(db);
        settings = MailTestSupport.smtpSettings(port);
    }

    @AfterEach
    void tearDown() {
        greenMail.stop();
    }

    private PackDistributor distributor(PackDistributor.TransportFactory factory) {
        return new PackDistributor(settings, store, MailTestSupport.CLOCK, factory, (d, stop) -> {
            sleeps.add(d);
            Thread.sleep(d.toMillis());
            return true;
        });
    }

    private PackDistributor distributor() {
        return distributor(PackDistributor::defaultTransport);
    }

    private DistributionReport distribute(PackDistributor d) {
        return d.distribute(pack, layout, MailTestSupport.digest(), input, templates);
    }

    private static String to(MimeMessage m) throws Exception {
        Address[] r = m.getRecipients(MimeMessage.RecipientType.TO);
        return ((InternetAddress) r[0]).getAddress();
    }

    private static Map<String, List<MimeMessage>> byRecipient(MimeMessage[] messages) throws Exception {
        Map<String, List<MimeMessage>> out = new java.util.TreeMap<>();
        for (MimeMessage m : messages) out.computeIfAbsent(to(m), k -> new ArrayList<>()).add(m);
        return out;
    }

    @Test
    void everyMemberReceivesExactlyOneMessageWithSubjectBodyAndIdenticalAttachments() throws Exception {
        DistributionReport report = distribute(distributor());

        assertThat(report.allDelivered()).isTrue();
        assertThat(report.sentNow()).isEqualTo(5);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(5);
        Map<String, List<MimeMessage>> byTo = byRecipient(received);
        assertThat(byTo.keySet()).containsExactlyInAnyOrderElementsOf(IB_MEMBERS); // not Angela (corporate parenting only)
        assertThat(byTo.values()).allSatisfy(l -> assertThat(l).hasSize(1));

        byte[] pdf = Files.readAllBytes(layout.pdfPack());
        byte[] xlsx = Files.readAllBytes(layout.excelPack());
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : received) {
            assertThat(m.getSubject()).isEqualTo("OFFICIAL-SENSITIVE: Children's Services Improvement Board pack, October 2026");
            assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("performance@bedford.example.org");
            String text = MailTestSupport.textOf(m, "text/plain").replace("\r\n", "\n");
            String html = MailTestSupport.textOf(m, "text/html");
            assertThat(text).doesNotContain("{{").contains("The Children's Services Improvement Board pack for October 2026 is ready.")
                    .contains("Red: 2  Amber: 1  Green: 3  No target: 1")
                    .contains("  - Re-referrals within 12 months: 24.1% (Red), worse than last month\n  - CP plans lasting 2+ years: 7.1% (Red) <check> & review\n")
                    .contains("  - R3 Return home interviews within 72 hours")
                    .contains("OFFICIAL-SENSITIVE");
            assertThat(html).doesNotContain("{{").contains("<li>CP plans lasting 2+ years: 7.1% (Red) &lt;check&gt; &amp; review</li>");
            assertThat(ids.add(m.getMessageID())).isTrue();
            assertThat(m.getMessageID()).matches("<boardpack\\.improvement-board\\.2026-10\\.r1\\.[0-9a-f]{16}@bedford\\.example\\.org>");
        }

        MimeMessage helen = byTo.get("helen.marsh@bedford.example.org").get(0);
        assertThat(MailTestSupport.textOf(helen, "text/plain")).contains("Dear Dr Helen Marsh,")
                .contains("The pack is attached as a PDF (improvement-board-2026-10.pdf, 39 KB).");
        var helenFiles = MailTestSupport.attachments(helen);
        assertThat(helenFiles).extracting(MailTestSupport.Attachment::fileName).containsExactly("improvement-board-2026-10.pdf");
        assertThat(helenFiles.get(0).content()).isEqualTo(pdf);

        var markFiles = MailTestSupport.attachments(byTo.get("mark.adeyemi@bedford.example.org").get(0));
        assertThat(markFiles).extracting(MailTestSupport.Attachment::fileName)
                .containsExactly("improvement-board-2026-10.pdf", "improvement-board-2026-10.xlsx");
        assertThat(markFiles.get(0).content()).isEqualTo(pdf);
        assertThat(markFiles.get(1).content()).isEqualTo(xlsx);

        // the record: one SENT row per member, with the Message-ID that went out
        List<Delivery> rows = store.list(BOARD, MailTestSupport.PERIOD, 1);
        assertThat(rows).hasSize(5).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo(DeliveryState.SENT);
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.resend()).isFalse();
            assertThat(r.mode()).isEqualTo(MailMode.SMTP);
            assertThat(r.sentAt()).isNotNull();
        });
        assertThat(rows.stream().map(Delivery::messageId).collect(Collectors.toSet())).isEqualTo(ids);

        // a rerun sends nothing
        DistributionReport again = distribute(distributor());
        assertThat(again.sentNow()).isZero();
        assertThat(again.alreadySent()).isEqualTo(5);
        assertThat(greenMail.getReceivedMessages()).hasSize(5);
    }

    @Test
    void aMemberWithXlsxOnlyGetsOnlyTheWorkbook() throws Exception {
        distribute(distributor());
        MimeMessage tom = byRecipient(greenMail.getReceivedMessages()).get("tom.brennan@bedford.example.org").get(0);
        var files = MailTestSupport.attachments(tom);
        assertThat(files).extracting(MailTestSupport.Attachment::fileName).containsExactly("improvement-board-2026-10.xlsx");
        assertThat(files.get(0).contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(files.get(0).content()).isEqualTo(Files.readAllBytes(layout.excelPack()));
        assertThat(MailTestSupport.textOf(tom, "text/plain")).contains("attached as an Excel workbook (improvement-board-2026-10.xlsx");
        assertThat(store.find(new DeliveryKey(BOARD, MailTestSupport.PERIOD, 1, "tom.brennan@bedford.example.org")).orElseThrow().attached())
                .isEqualTo("improvement-board-2026-10.xlsx");
    }

    @Test
    void aboveTheSizeCapTheMessageSaysWhereThePackIsInsteadOfAttachingIt() throws Exception {
        settings.setMaxSizeMb(0.05); // 52,428 bytes: the 40,000-byte PDF is about 54,000 once encoded; the workbook fits
        settings.setLinkBase("https://intranet.bedford.example.org/boardpacks");
        distribute(distributor());

        Map<String, List<MimeMessage>> byTo = byRecipient(greenMail.getReceivedMessages());
        MimeMessage helen = byTo.get("helen.marsh@bedford.example.org").get(0);
        assertThat(MailTestSupport.attachments(helen)).isEmpty();
        assertThat(MailTestSupport.textOf(helen, "text/plain"))
                .contains("The pack is not attached: with the PDF this email would be")
                .contains("above the 0.05 MB limit")
                .contains("improvement-board-2026-10.pdf: https://intranet.bedford.example.org/boardpacks/improvement-board/2026-10/improvement-board-2026-10.pdf");
        assertThat(MailTestSupport.textOf(helen, "text/html")).contains("https://intranet.bedford.example.org/boardpacks/improvement-board/2026-10/");
        assertThat(MailTestSupport.attachments(byTo.get("mark.adeyemi@bedford.example.org").get(0))).isEmpty();
        assertThat(MailTestSupport.attachments(byTo.get("tom.brennan@bedford.example.org").get(0)))
                .extracting(MailTestSupport.Attachment::fileName).containsExactly("improvement-board-2026-10.xlsx");
        Delivery row = store.find(new DeliveryKey(BOARD, MailTestSupport.PERIOD, 1, "helen.marsh@bedford.example.org")).orElseThrow();
        assertThat(row.state()).isEqualTo(DeliveryState.SENT);
        assertThat(row.attached()).isNullOrEmpty();
    }

    @Test
    void serverStoppedAfterTwoOfFiveFailsAndTheRestartSendsExactlyTheThreeMissing() throws Exception {
        List<MimeMessage> beforeStop = new ArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        PackDistributor.TransportFactory stopsAfterTwo = (mode, s, l) -> {
            MailTransport real = PackDistributor.defaultTransport(mode, s, l);
            return new MailTransport() {
                public Session session() {
                    return real.session();
                }

                public String send(MimeMessage message, ComposedMessage composed, Handover handover) throws Exception {
                    String where = real.send(message, composed, handover);
                    if (sent.incrementAndGet() == 2) {
                        beforeStop.addAll(Arrays.asList(greenMail.getReceivedMessages()));
                        greenMail.stop();
                    }
                    return where;
                }

                public String describe() {
                    return real.describe();
                }
            };
        };

        assertThatThrownBy(() -> distribute(distributor(stopsAfterTwo)))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("did not reach 3 of 5 members")
                .hasMessageContaining("Cllr Priya Nair <priya.nair@bedford.example.org>: FAILED after 3 attempts: cannot connect to the SMTP server")
                .hasMessageContaining("Sarah Whitcombe <sarah.whitcombe@bedford.example.org>: PENDING: not attempted")
                .hasMessageContaining("Tom Brennan <tom.brennan@bedford.example.org>")
                .hasMessageContaining("boardpack restart --board improvement-board --period 2026-10")
                .hasMessageNotContaining("helen.marsh")
                .satisfies(e -> assertThat(((DeliveryFailedException) e).report().sentNow()).isEqualTo(2));
        assertThat(beforeStop).hasSize(2);
        assertThat(sleeps).containsExactly(Duration.ofMillis(5), Duration.ofMillis(10)); // backoff between the 3 attempts
        Map<DeliveryState, Long> states = store.list(BOARD, MailTestSupport.PERIOD).stream()
                .collect(Collectors.groupingBy(Delivery::state, Collectors.counting()));
        assertThat(states).containsEntry(DeliveryState.SENT, 2L).containsEntry(DeliveryState.FAILED, 1L).containsEntry(DeliveryState.PENDING, 2L);

        greenMail.start(); // the server is back (same port)
        DistributionReport restart = distribute(distributor());

        assertThat(restart.sentNow()).isEqualTo(3);
        assertThat(restart.alreadySent()).isEqualTo(2);
        MimeMessage[] afterRestart = greenMail.getReceivedMessages();
        assertThat(afterRestart).hasSize(3);
        List<MimeMessage> all = new ArrayList<>(beforeStop);
        all.addAll(Arrays.asList(afterRestart));
        assertThat(all).hasSize(5);
        List<String> ids = new ArrayList<>();
        Set<String> recipients = new HashSet<>();
        for (MimeMessage m : all) {
            ids.add(m.getMessageID());
            recipients.add(to(m));
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(recipients).containsExactlyInAnyOrderElementsOf(IB_MEMBERS);
        assertThat(store.list(BOARD, MailTestSupport.PERIOD)).allSatisfy(r -> assertThat(r.state()).isEqualTo(DeliveryState.SENT));
    }

    @Test
    void aPermanentRejectionLetsTheOthersThroughFailsNamingTheAddressAndSurvivesTheStepRollback() throws Exception {
        greenMail.reject("priya.nair@bedford.example.org");
        TransactionTemplate step = new TransactionTemplate(new DataSourceTransactionManager(db)); // as a tasklet's transaction

        assertThatThrownBy(() -> step.executeWithoutResult(s -> distribute(distributor())))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("did not reach 1 of 5 members")
                .hasMessageContaining("Cllr Priya Nair <priya.nair@bedford.example.org>: FAILED after 1 attempt: rejected: 550 5.1.1")
                .hasMessageContaining("Recipient address rejected")
                .hasMessageContaining("address in input/board-members.csv");
        assertThat(sleeps).isEmpty(); // a 5xx is not retried
        Map<String, List<MimeMessage>> byTo = byRecipient(greenMail.getReceivedMessages());
        assertThat(byTo.keySet()).containsExactlyInAnyOrder("helen.marsh@bedford.example.org", "mark.adeyemi@bedford.example.org",
                "sarah.whitcombe@bedford.example.org", "tom.brennan@bedford.example.org");

        // the step's transaction rolled back; the delivery record did not
        Delivery priya = store.find(new DeliveryKey(BOARD, MailTestSupport.PERIOD, 1, "priya.nair@bedford.example.org")).orElseThrow();
        assertThat(priya.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(priya.attempts()).isEqualTo(1);
        assertThat(priya.lastError()).contains("550");
        assertThat(store.list(BOARD, MailTestSupport.PERIOD).stream().filter(r -> r.state() == DeliveryState.SENT)).hasSize(4);

        // the address is corrected in board-members.csv... here the server accepts it again; the restart sends only to her
        greenMail.stop();
        greenMail = new RejectingGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        DistributionReport restart = distribute(distributor());
        assertThat(restart.sentNow()).isEqualTo(1);
        assertThat(greenMail.getReceivedMessages()).singleElement().satisfies(m -> assertThat(to(m)).isEqualTo("priya.nair@bedford.example.org"));
    }

    @Test
    void afterAnAddressFixTheRejectedAddressIsRemovedNotLeftForARestart() throws Exception {
        greenMail.reject("priya.nair@bedford.example.org");
        assertThatThrownBy(() -> distribute(distributor())).isInstanceOf(DeliveryFailedException.class);

        MailTestSupport.members(root, MEMBERS.replace("priya.nair@bedford.example.org", "p.nair@bedford.example.org"));
        DistributionReport restart = distribute(distributor());
        assertThat(restart.allDelivered()).isTrue();
        assertThat(restart.sentNow()).isEqualTo(1);
        Delivery old = store.find(new DeliveryKey(BOARD, MailTestSupport.PERIOD, 1, "priya.nair@bedford.example.org")).orElseThrow();
        assertThat(old.state()).isEqualTo(DeliveryState.REMOVED);
        assertThat(old.lastError()).contains("no longer among the valid members").contains("was: FAILED: rejected: 550");
        assertThat(store.find(new DeliveryKey(BOARD, MailTestSupport.PERIOD, 1, "p.nair@bedford.example.org")).orElseThrow().state())
                .isEqualTo(DeliveryState.SENT);
        assertThat(store.list(BOARD, MailTestSupport.PERIOD, 1)).noneMatch(d -> d.state().outstanding());
    }

    @Test
    void aTemporaryRejectionIsRetriedWithBackoff() throws Exception {
        greenMail.defer("sarah.whitcombe@bedford.example.org", 2);
        DistributionReport report = distribute(distributor());
        assertThat(report.allDelivered()).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(5);
        assertThat(sleeps).containsExactly(Duration.ofMillis(5), Duration.ofMillis(10));
        Delivery sarah = store.find(new DeliveryKey(BOARD, MailTestSupport.PERIOD, 1, "sarah.whitcombe@bedford.example.org")).orElseThrow();
        assertThat(sarah.state()).isEqualTo(DeliveryState.SENT);
        assertThat(sarah.attempts()).isEqualTo(3);
        assertThat(sarah.resend()).isFalse();
    }

    /** A transport that dies (as the process would) before or after the real hand-over of the n-th message. */
    private PackDistributor.TransportFactory crashing(int nth, boolean afterHandover) {
        AtomicInteger sends = new AtomicInteger();
        return (mode, s, l) -> {
            MailTransport real = PackDistributor.defaultTransport(mode, s, l);
            return new MailTransport() {
                public Session session() {
                    return real.session();
                }

                public String send(MimeMessage message, ComposedMessage composed, Handover handover) throws Exception {
                    boolean crash = sends.incrementAndGet() == nth;
                    if (crash && !afterHandover) throw new SimulatedCrash(); // killed while connecting
                    String where = real.send(message, composed, handover);
                    if (crash) throw new SimulatedCrash(); // killed after the server's 250, before SENT is recorded
                    return where;
                }

                public String describe() {
                    return real.describe();
                }
            };
        };
    }

    @Test
    void aRunKilledBetweenTheServersAcceptanceAndTheRecordLeavesItUnconfirmedAndTheRerunDoesNotSendItAgain() throws Exception {
        assertThatThrownBy(() -> distribute(distributor(crashing(2, true)))).isInstanceOf(SimulatedCrash.class);
        Delivery mark = store.find(new DeliveryKey(BOARD, MailTestSupport.PERIOD, 1, "mark.adeyemi@bedford.example.org")).orElseThrow();
        assertThat(mark.state()).isEqualTo(DeliveryState.SENDING);
        assertThat(mark.dataStartedAt()).isNotNull(); // recorded before the DATA command

        DistributionReport rerun = distribute(distributor());
        assertThat(rerun.sentNow()).isEqualTo(3);
        assertThat(rerun.alreadySent()).isEqualTo(1);
        assertThat(rerun.unconfirmed()).extracting(m -> m.member().email()).containsExactly("mark.adeyemi@bedford.example.org");
        Map<String, List<MimeMessage>> byTo = byRecipient(greenMail.getReceivedMessages());
        assertThat(byTo.get("mark.adeyemi@bedford.example.org")).hasSize(1); // not sent twice
        assertThat(byTo.keySet()).containsExactlyInAnyOrderElementsOf(IB_MEMBERS);
        Delivery after = store.find(mark.key()).orElseThrow();
        assertThat(after.state()).isEqualTo(DeliveryState.UNCONFIRMED);
        assertThat(after.attempts()).isEqualTo(1);
        assertThat(after.lastError()).contains("ended after handing the message over").contains("may have arrived");
    }

    @Test
    void aRunKilledBeforeTheContentWentOverSendsItNormallyOnTheRerun() throws Exception {
        assertThatThrownBy(() -> distribute(distributor(crashing(2, false)))).isInstanceOf(SimulatedCrash.class);
        Delivery mark = store.find(new DeliveryKey(BOARD, MailTestSupport.PERIOD, 1, "mark.adeyemi@bedford.example.org")).orElseThrow();
        assertThat(mark.state()).isEqualTo(DeliveryState.SENDING);
        assertThat(mark.dataStartedAt()).isNull();

        DistributionReport rerun = distribute(distributor());
        assertThat(rerun.allDelivered()).isTrue();
        assertThat(rerun.sentNow()).isEqualTo(4);
        assertThat(byRecipient(greenMail.getReceivedMessages()).get("mark.adeyemi@bedford.example.org")).hasSize(1);
        Delivery after = store.find(mark.key()).orElseThrow();
        assertThat(after.state()).isEqualTo(DeliveryState.SENT);
        assertThat(after.resend()).isFalse();
        assertThat(after.attempts()).isEqualTo(2);
    }

    @Test
    void theLoginGoesToTheServerAndARefusedOneStopsEverythingWithoutShowingThePassword() throws Exception {
        greenMail.setUser("performance@bedford.example.org", "performance", "s3cret-Passw0rd");
        settings.setUsername("performance");
        settings.setPassword("s3cret-Passw0rd");
        assertThat(distribute(distributor()).sentNow()).isEqualTo(5);

        MailTestSupport.members(root, MEMBERS.replace("bedford.example.org", "bedford2.example.org"));
        settings.setPassword("wrong-Passw0rd");
        assertThatThrownBy(() -> distribute(distributor())).isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("the server refused to accept mail from us (authentication or TLS: check boardpack.mail.username, boardpack.mail.password and STARTTLS): 535")
                .hasMessageContaining("not attempted")
                .hasMessageNotContaining("wrong-Passw0rd");
        assertThat(greenMail.getReceivedMessages()).hasSize(5);
    }

    @Test
    void requiredStarttlsAgainstAServerWithoutItStopsWithAClearMessage() {
        settings.setStarttlsRequired(true);
        assertThatThrownBy(() -> distribute(distributor()))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("did not reach 5 of 5 members")
                .hasMessageContaining("does not offer STARTTLS")
                .hasMessageContaining("not attempted");
        assertThat(sleeps).isEmpty();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void badMemberRowsStopBeforeAnythingIsSent() throws Exception {
        MailTestSupport.members(root, MEMBERS + "Typo,typo@bedford,Chair,improvement-bord,pdf\n");
        assertThatThrownBy(() -> distribute(distributor()))
                .isInstanceOf(org.boardpack.input.InvalidInputException.class)
                .hasMessageContaining("no email was sent")
                .hasMessageContaining("board-members.csv:8 [email (column 2)]")
                .hasMessageContaining("did you mean \"improvement-board\"?");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(store.list(null, null)).isEmpty();

        // with skip-invalid the valid rows still get the pack
        DistributionReport report = new PackDistributor(settings, store, MailTestSupport.CLOCK)
                .distribute(pack, layout, MailTestSupport.digest(), input, templates, true, () -> false);
        assertThat(report.sentNow()).isEqualTo(5);
    }

    /** Stands for the process being killed between handing the message over and recording SENT. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash");
        }
    }
}
