package org.boardpack.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.boardpack.output.OutputLayout;
import org.boardpack.pack.PackModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Files mode: the default when no SMTP host is configured. */
class DeliveryFilesModeTest {

    @TempDir
    Path root;

    PackModel pack;
    OutputLayout layout;
    Path templates;
    Path input;
    DeliveryStore store;

    @BeforeEach
    void setUp() throws Exception {
        pack = MailTestSupport.pack(DeliverySmtpTest.BOARD, DeliverySmtpTest.TITLE, 2);
        layout = MailTestSupport.writePackFiles(root.resolve("output"), pack, 30_000, 20_000);
        templates = MailTestSupport.templates(root, DeliverySmtpTest.TEXT, DeliverySmtpTest.HTML, DeliverySmtpTest.BOARD, "corporate-parenting");
        input = MailTestSupport.members(root, DeliverySmtpTest.MEMBERS);
        store = MailTestSupport.store(MailTestSupport.database());
    }

    private DistributionReport distribute(MailSettings settings) {
        return new PackDistributor(settings, store, MailTestSupport.CLOCK)
                .distribute(pack, layout, MailTestSupport.digest(), input, templates);
    }

    private static Map<String, MimeMessage> parseAll(Path folder) throws Exception {
        Map<String, MimeMessage> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
                    out.put(f.getFileName().toString(), m);
                }
            }
        }
        return out;
    }

    @Test
    void writesOneParseableEmlPerMemberWithTheAttachmentsAndNeverTwice() throws Exception {
        MailSettings settings = new MailSettings(); // no host: files mode
        DistributionReport report = distribute(settings);

        assertThat(report.mode()).isEqualTo(MailMode.FILES);
        assertThat(report.sentNow()).isEqualTo(5);
        Path folder = root.resolve("output/improvement-board/2026-10/mail");
        Map<String, MimeMessage> eml = parseAll(folder);
        assertThat(eml.keySet()).containsExactly(
                "improvement-board-2026-10-r2-helen.marsh_at_bedford.example.org.eml",
                "improvement-board-2026-10-r2-mark.adeyemi_at_bedford.example.org.eml",
                "improvement-board-2026-10-r2-priya.nair_at_bedford.example.org.eml",
                "improvement-board-2026-10-r2-sarah.whitcombe_at_bedford.example.org.eml",
                "improvement-board-2026-10-r2-tom.brennan_at_bedford.example.org.eml");

        byte[] pdf = Files.readAllBytes(layout.pdfPack());
        byte[] xlsx = Files.readAllBytes(layout.excelPack());
        Set<String> ids = new HashSet<>();
        for (var e : eml.entrySet()) {
            MimeMessage m = e.getValue();
            assertThat(m.getSubject()).isEqualTo("OFFICIAL-SENSITIVE: Children's Services Improvement Board pack, October 2026 (revision 2)");
            assertThat(m.getMessageID()).matches("<boardpack\\.improvement-board\\.2026-10\\.r2\\.[0-9a-f]{16}@boardpack\\.localhost>");
            assertThat(ids.add(m.getMessageID())).isTrue();
            assertThat(MailTestSupport.textOf(m, "text/plain")).contains("This is revision 2 of the pack");
            var files = MailTestSupport.attachments(m);
            String to = ((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
            if (to.startsWith("tom.brennan")) {
                assertThat(files).extracting(MailTestSupport.Attachment::fileName).containsExactly("improvement-board-2026-10-r2.xlsx");
                assertThat(files.get(0).content()).isEqualTo(xlsx);
            } else {
                assertThat(files.get(0).fileName()).isEqualTo("improvement-board-2026-10-r2.pdf");
                assertThat(files.get(0).content()).isEqualTo(pdf);
            }
        }
        Delivery helen = store.find(new DeliveryKey("improvement-board", MailTestSupport.PERIOD, 2, "helen.marsh@bedford.example.org")).orElseThrow();
        assertThat(helen.mode()).isEqualTo(MailMode.FILES);
        // nothing left the machine: the record says written, not sent, and so does the report
        assertThat(store.list("improvement-board", MailTestSupport.PERIOD)).extracting(Delivery::state).containsOnly(DeliveryState.WRITTEN);
        assertThat(report.members()).extracting(DistributionReport.MemberResult::state).containsOnly(DeliveryState.WRITTEN);
        assertThat(report.summary()).isEqualTo("5 members: 5 written now, 0 written before, 0 not written (not sent: files mode)");
        assertThat(helen.location()).endsWith("mail/improvement-board-2026-10-r2-helen.marsh_at_bedford.example.org.eml");

        // a rerun writes nothing again
        Path one = folder.resolve("improvement-board-2026-10-r2-helen.marsh_at_bedford.example.org.eml");
        Files.setLastModifiedTime(one, FileTime.fromMillis(0));
        DistributionReport again = distribute(settings);
        assertThat(again.alreadySent()).isEqualTo(5);
        assertThat(Files.getLastModifiedTime(one).toMillis()).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".eml")).hasSize(5);
        }
    }

    @Test
    void packsWrittenAsFilesAreStillSentOnceSmtpIsConfigured() throws Exception {
        distribute(new MailSettings());
        int port = MailTestSupport.freePort();
        RejectingGreenMail greenMail = new RejectingGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            DistributionReport report = distribute(MailTestSupport.smtpSettings(port));
            assertThat(report.sentNow()).isEqualTo(5);
            assertThat(greenMail.getReceivedMessages()).hasSize(5);
            // the Message-ID recorded first is kept
            Map<String, MimeMessage> eml = parseAll(root.resolve("output/improvement-board/2026-10/mail"));
            Set<String> fileIds = new HashSet<>();
            for (MimeMessage m : eml.values()) fileIds.add(m.getMessageID());
            Set<String> smtpIds = new HashSet<>();
            for (MimeMessage m : greenMail.getReceivedMessages()) smtpIds.add(m.getMessageID());
            assertThat(smtpIds).isEqualTo(fileIds);
            assertThat(store.list("improvement-board", MailTestSupport.PERIOD))
                    .allSatisfy(d -> assertThat(d.mode()).isEqualTo(MailMode.SMTP))
                    .allSatisfy(d -> assertThat(d.state()).isEqualTo(DeliveryState.SENT));
            assertThat(distribute(MailTestSupport.smtpSettings(port)).alreadySent()).isEqualTo(5);
            assertThat(distribute(new MailSettings()).alreadySent()).isEqualTo(5);
        } finally {
            greenMail.stop();
        }
    }

    @Test
    void smtpModeWithoutAHostOrSenderIsAConfigurationErrorBeforeAnythingIsRecorded() {
        MailSettings noHost = new MailSettings();
        noHost.setMode("smtp");
        noHost.setFrom("performance@bedford.example.org");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> distribute(noHost))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("boardpack.mail.host");
        MailSettings noFrom = MailTestSupport.smtpSettings(25);
        noFrom.setFrom("");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> distribute(noFrom))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("boardpack.mail.from");
        assertThat(store.list(null, null)).isEmpty();
        assertThat(List.of(layout.folder().toFile().list())).doesNotContain("mail");
    }
}
