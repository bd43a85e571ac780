package org.boardpack.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.boardpack.input.Problems;
import org.boardpack.output.OutputLayout;
import org.boardpack.pack.PackModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

class MailComposerTest {

    @TempDir
    Path dir;

    private static final BoardMember HELEN = new BoardMember("Dr Helen Marsh", "Helen.Marsh@bedford.example.org",
            "Independent chair", List.of("improvement-board"), EnumSet.of(PackFormat.PDF, PackFormat.XLSX), "board-members.csv", 2);

    @Test
    void subjectCarriesTheMarkingTitleMonthAndRevisionFromTheSecond() {
        assertThat(MailComposer.subject(MailTestSupport.pack("improvement-board", "Children's Services Improvement Board", 1)))
                .isEqualTo("OFFICIAL-SENSITIVE: Children's Services Improvement Board pack, October 2026");
        assertThat(MailComposer.subject(MailTestSupport.pack("improvement-board", "Children's Services Improvement Board", 3)))
                .isEqualTo("OFFICIAL-SENSITIVE: Children's Services Improvement Board pack, October 2026 (revision 3)");
    }

    @Test
    void messageIdIsDeterministicPerBoardPeriodRevisionAndAddress() {
        var period = MailTestSupport.PERIOD;
        String id = MessageIds.of("improvement-board", period, 1, "Helen.Marsh@bedford.example.org", "bedford.example.org");
        assertThat(id).matches("<boardpack\\.improvement-board\\.2026-10\\.r1\\.[0-9a-f]{16}@bedford\\.example\\.org>");
        assertThat(MessageIds.of("improvement-board", period, 1, "helen.marsh@BEDFORD.example.org ", "bedford.example.org")).isEqualTo(id);
        assertThat(MessageIds.of("improvement-board", period, 2, "helen.marsh@bedford.example.org", "bedford.example.org")).isNotEqualTo(id);
        assertThat(MessageIds.of("improvement-board", period, 1, "mark@bedford.example.org", "bedford.example.org")).isNotEqualTo(id);
        assertThat(MessageIds.of("corporate-parenting", period, 1, "helen.marsh@bedford.example.org", "bedford.example.org")).isNotEqualTo(id);

        MailSettings s = new MailSettings();
        assertThat(MessageIds.domainFor(s)).isEqualTo(MessageIds.FALLBACK_DOMAIN);
        s.setFrom("Performance <performance@bedford.example.org>");
        assertThat(MessageIds.domainFor(s)).isEqualTo("bedford.example.org");
        s.setMessageIdDomain("boardpack.bedford.example.org");
        assertThat(MessageIds.domainFor(s)).isEqualTo("boardpack.bedford.example.org");
    }

    @Test
    void composesBodiesAndAttachmentsAndKeepsTheMessageIdWhenSaved() throws Exception {
        PackModel pack = MailTestSupport.pack("improvement-board", "Children's Services Improvement Board", 2);
        OutputLayout layout = MailTestSupport.writePackFiles(dir.resolve("output"), pack, 3000, 2000);
        Problems p = new Problems();
        MailTemplate t = MailTemplate.of("Dear {{member_name}} ({{member_role}}), {{period}} r{{revision}}.{{revision_note}}\n"
                + "{{attachment_note}}\nR{{red}} A{{amber}} G{{green}} N{{no_target}} T{{total}}\n  * {{exceptions}}\n",
                "<p>{{member_name}}</p><ul>{{exceptions}}</ul>", p);
        MailSettings settings = new MailSettings();
        MailComposer composer = new MailComposer(settings);
        PackFiles files = PackFiles.load(layout, EnumSet.of(PackFormat.PDF, PackFormat.XLSX));
        String id = composer.messageId(pack, HELEN);
        ComposedMessage m = composer.compose(pack, MailTestSupport.digest(), HELEN, t, files, id);

        assertThat(m.text()).startsWith("Dear Dr Helen Marsh (Independent chair), October 2026 r2. This is revision 2 of the pack")
                .contains("The pack is attached as a PDF (improvement-board-2026-10-r2.pdf, 3 KB) and an Excel workbook (improvement-board-2026-10-r2.xlsx, 2 KB).")
                .contains("R2 A1 G3 N1 T7")
                .contains("\n  * Re-referrals within 12 months: 24.1% (Red), worse than last month\n  * CP plans lasting 2+ years");
        assertThat(m.html()).contains("&lt;check&gt; &amp; review");
        assertThat(m.attachments()).extracting(PackFiles.PackFile::fileName)
                .containsExactly("improvement-board-2026-10-r2.pdf", "improvement-board-2026-10-r2.xlsx");
        assertThat(m.attachedNames()).isEqualTo("improvement-board-2026-10-r2.pdf;improvement-board-2026-10-r2.xlsx");

        MimeMessage mime = m.toMimeMessage(Session.getInstance(new Properties()), new java.util.Date());
        mime.saveChanges();
        assertThat(mime.getMessageID()).isEqualTo(id);
        assertThat(mime.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mime.writeTo(out);
        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(parsed.getMessageID()).isEqualTo(id);
        assertThat(parsed.getSubject()).isEqualTo(MailComposer.subject(pack));
        var att = MailTestSupport.attachments(parsed);
        assertThat(att.get(0).content()).isEqualTo(files.get(PackFormat.PDF).content());
        assertThat(att.get(1).content()).isEqualTo(files.get(PackFormat.XLSX).content());
        assertThat(att.get(1).contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(MailTestSupport.textOf(parsed, "text/html")).contains("<li>Re-referrals");
    }

    @Test
    void overTheCapNothingIsAttachedAndTheBodySaysWhereThePackIsAndWhy() throws Exception {
        PackModel pack = MailTestSupport.pack("improvement-board", "Children's Services Improvement Board", 1);
        OutputLayout layout = MailTestSupport.writePackFiles(dir.resolve("output"), pack, 60_000, 10_000);
        MailSettings settings = new MailSettings();
        settings.setMaxSizeMb(0.05); // 52,428 bytes: 60,000 bytes of PDF is about 81,000 once encoded
        Problems p = new Problems();
        MailTemplate t = MailTemplate.of("{{attachment_note}}\nFolder: {{pack_location}}", null, p);
        MailComposer composer = new MailComposer(settings);
        PackFiles files = PackFiles.load(layout, EnumSet.of(PackFormat.PDF, PackFormat.XLSX));
        ComposedMessage m = composer.compose(pack, PackDigest.empty(), HELEN, t, files, composer.messageId(pack, HELEN));
        assertThat(m.attachments()).isEmpty();
        assertThat(m.omitted()).containsExactly(PackFormat.PDF, PackFormat.XLSX);
        assertThat(m.text()).contains("The pack is not attached: with the PDF and Excel workbook this email would be")
                .contains("above the 0.05 MB limit")
                .contains("improvement-board-2026-10.pdf: " + layout.pdfPack().toAbsolutePath().normalize())
                .contains("Folder: " + layout.folder().toAbsolutePath().normalize());

        BoardMember xlsxOnly = new BoardMember("Tom Brennan", "tom.brennan@bedford.example.org", "Head of P&I",
                List.of("improvement-board"), Set.of(PackFormat.XLSX), "board-members.csv", 3);
        ComposedMessage small = composer.compose(pack, PackDigest.empty(), xlsxOnly, t, files, composer.messageId(pack, xlsxOnly));
        assertThat(small.attachments()).extracting(PackFiles.PackFile::format).containsExactly(PackFormat.XLSX);

        settings.setLinkBase("https://intranet.bedford.example.org/board packs/");
        ComposedMessage linked = composer.compose(pack, PackDigest.empty(), HELEN, t, files, composer.messageId(pack, HELEN));
        assertThat(linked.text()).contains("improvement-board-2026-10.pdf: https://intranet.bedford.example.org/board packs/improvement-board/2026-10/improvement-board-2026-10.pdf")
                .contains("Folder: https://intranet.bedford.example.org/board packs/improvement-board/2026-10/");
    }

    @Test
    void encodedSizeIsBase64WithLineBreaks() {
        assertThat(PackFiles.encodedSize(0)).isZero();
        assertThat(PackFiles.encodedSize(3)).isEqualTo(4 + 2);
        assertThat(PackFiles.encodedSize(57)).isEqualTo(76 + 2);
        assertThat(PackFiles.encodedSize(58)).isEqualTo(80 + 4);
        long tenMb = 10L * 1024 * 1024;
        assertThat(PackFiles.encodedSize(tenMb * 3 / 4)).isBetween(tenMb, tenMb + tenMb / 30);
    }

    @Test
    void missingPackFileIsNamed() {
        PackModel pack = MailTestSupport.pack("improvement-board", "Board", 1);
        OutputLayout layout = new OutputLayout(dir, "improvement-board", MailTestSupport.PERIOD, 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PackFiles.load(layout, List.of(PackFormat.PDF)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(layout.pdfPack().toString())
                .hasMessageContaining("must complete before");
        assertThat(pack.boardId()).isEqualTo(layout.board());
    }

    @Test
    void settingsNeverShowThePassword() {
        MailSettings s = new MailSettings();
        s.setUsername("svc-boardpack");
        s.setPassword("s3cret-Passw0rd");
        assertThat(s.toString()).doesNotContain("s3cret").doesNotContain("svc-boardpack").contains("password=(set)");
        assertThat(s.effectiveMode()).isEqualTo(MailMode.FILES);
        s.setHost("smtp.bedford.example.org");
        assertThat(s.effectiveMode()).isEqualTo(MailMode.SMTP);
        s.setMode("files");
        assertThat(s.effectiveMode()).isEqualTo(MailMode.FILES);
        assertThat(s.getRetry().delayBefore(2)).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(s.getRetry().delayBefore(3)).isEqualTo(java.time.Duration.ofSeconds(15));
        assertThat(s.getRetry().delayBefore(9)).isEqualTo(java.time.Duration.ofMinutes(2));
    }

    @Test
    void theSampleTemplatesAndMembersComposeCompleteMessages() throws Exception {
        Problems p = new Problems();
        var members = BoardMembersReader.read(Path.of("input"), Set.of("improvement-board", "corporate-parenting"), p);
        MailComposer composer = new MailComposer(new MailSettings());
        for (String board : List.of("improvement-board", "corporate-parenting")) {
            PackModel pack = MailTestSupport.pack(board, board.equals("improvement-board")
                    ? "Children's Services Improvement Board" : "Corporate Parenting Panel", 2);
            OutputLayout layout = MailTestSupport.writePackFiles(dir.resolve("output"), pack, 1500, 900);
            MailTemplate t = MailTemplate.load(Path.of("templates"), board, p);
            PackFiles files = PackFiles.load(layout, EnumSet.of(PackFormat.PDF, PackFormat.XLSX));
            for (BoardMember m : BoardMembersReader.forBoard(members, board)) {
                ComposedMessage msg = composer.compose(pack, MailTestSupport.digest(), m, t, files, composer.messageId(pack, m));
                assertThat(msg.text()).doesNotContain("{{").contains(m.name()).contains("OFFICIAL-SENSITIVE")
                        .contains("This is revision 2 of the pack");
                if (msg.html() != null) assertThat(msg.html()).doesNotContain("{{").contains("<li>");
                if (System.getProperty("boardpack.print-sample-mail") != null) {
                    System.out.println(msg.subject() + "\n" + msg.text() + "\n" + msg.html());
                }
            }
        }
        assertThat(p.all()).isEmpty();
    }
}
