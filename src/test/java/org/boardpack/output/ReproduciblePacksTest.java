package org.boardpack.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.excel.ExcelPackWriter;
import org.boardpack.excel.SamplePack;
import org.boardpack.pack.PackModel;
import org.boardpack.pdf.PdfPackWriter;
import org.junit.jupiter.api.Test;

/**
 * With a fixed produced time the same pack model gives the same bytes: every zip entry of the workbook is dated the
 * produced time, and the PDF's file identifier is derived from its content (no clock, no random font prefix).
 */
class ReproduciblePacksTest {

    static final PackModel PACK = SamplePack.sample();

    @Test
    void theSameModelWrittenTwiceGivesByteIdenticalWorkbooksWhoseEntriesAreDatedTheProducedTime() throws Exception {
        byte[] first = excel();
        Thread.sleep(2100); // zip times have a 2-second resolution: a clock-dated entry would now differ
        byte[] second = excel();
        assertThat(sha256(second)).isEqualTo(sha256(first));
        // 2026-11-02 06:00 in London is 06:00 UTC (GMT in November)
        Instant produced = Instant.parse("2026-11-02T06:00:00Z");
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; entries++) {
                assertThat(e.getLastModifiedTime().toInstant()).as(e.getName()).isEqualTo(produced);
            }
        }
        assertThat(entries).isGreaterThan(12); // twelve sheets and more
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(first))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(ExcelPackWriter.SHEET_NAMES.size());
        }
    }

    @Test
    void theSameModelWrittenTwiceGivesByteIdenticalPdfsWithAnIdentifierDerivedFromTheContent() throws Exception {
        byte[] first = new PdfPackWriter().render(PACK);
        byte[] second = new PdfPackWriter().render(PACK);
        assertThat(sha256(second)).isEqualTo(sha256(first));

        Matcher id = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-F]{32})>\\s*<([0-9A-F]{32})>").matcher(new String(first, StandardCharsets.ISO_8859_1));
        assertThat(id.find()).isTrue();
        assertThat(id.group(1)).isEqualTo(id.group(2));
        // worked out independently: the MD5 of the file with the identifier's 64 hex digits set to '0'
        String text = new String(first, StandardCharsets.ISO_8859_1);
        String zeroed = text.substring(0, id.start(1)) + "0".repeat(32) + text.substring(id.end(1), id.start(2)) + "0".repeat(32)
                + text.substring(id.end(2));
        String md5 = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5")
                .digest(zeroed.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(id.group(1)).isEqualTo(md5);
        try (PDDocument pdf = Loader.loadPDF(first)) { // still a valid PDF: the cross-reference table holds
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            assertThat(pdf.getDocument().getDocumentID().getString(0)).isNotEmpty();
        }
    }

    private static byte[] excel() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelPackWriter().write(PACK, out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
