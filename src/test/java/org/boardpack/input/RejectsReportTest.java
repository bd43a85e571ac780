package org.boardpack.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every row lost with a file that cannot be read at all is listed in rejects.csv with its file, line and reason. */
class RejectsReportTest {

    private static final List<String> REQUIRED = List.of("indicator_id", "period", "value");

    @TempDir
    Path dir;

    private List<CSVRecord> rejectsOf(String name, byte[] content) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, content);
        Problems problems = new Problems();
        CsvTableReader.stream(f, name, REQUIRED, List.of(), problems, false, row -> {
            throw new AssertionError("no row of an unreadable file is handed on: " + row);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RejectsReport.writeCsv(problems, out);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void aUtf16FileHasEachOfItsDataLinesListedAsTheyRead() throws Exception {
        // UTF-16LE with a byte-order mark, as Excel's "Unicode Text" saves it: two data rows on lines 2 and 3
        byte[] text = "indicator_id,period,value\r\ncla_rate,2026-10,62.1\r\ncpp_rate,2026-10,41.0\r\n"
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);

        List<CSVRecord> rejects = rejectsOf("2026-10.csv", withBom);

        assertThat(rejects).hasSize(3);
        assertThat(rejects.get(0).get("line")).isEqualTo("0");
        assertThat(rejects.get(0).get("reasons")).contains("UTF-16 (little-endian)").contains("not UTF-8");
        assertThat(rejects.get(1).get("file")).isEqualTo("2026-10.csv");
        assertThat(rejects.get(1).get("line")).isEqualTo("2");
        assertThat(rejects.get(1).get("row")).isEqualTo("cla_rate,2026-10,62.1");
        assertThat(rejects.get(1).get("reasons")).startsWith("not read: the whole file was refused").contains("UTF-16");
        assertThat(rejects.get(2).get("line")).isEqualTo("3");
        assertThat(rejects.get(2).get("row")).isEqualTo("cpp_rate,2026-10,41.0");
    }

    @Test
    void aWorkbookRenamedCsvIsListedOnceAsAWholeFileWithoutItsBytes() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("xl/workbook.xml"));
            z.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }

        List<CSVRecord> rejects = rejectsOf("2026-10.csv", zip.toByteArray());

        assertThat(rejects).hasSize(1);
        assertThat(rejects.get(0).get("line")).isEqualTo("0");
        assertThat(rejects.get(0).get("reasons")).contains("zip archive").contains(".xlsx");
        assertThat(rejects.get(0).get("row")).isEqualTo("(whole file not read)");
    }

    @Test
    void aSemicolonExportHasEachDataLineListed() throws Exception {
        List<CSVRecord> rejects = rejectsOf("2026-10.csv",
                "indicator_id;period;value\ncla_rate;2026-10;62,1\n\ncpp_rate;2026-10;41\n".getBytes(StandardCharsets.UTF_8));

        // lines 2 and 4 (line 3 is blank: no row lost there), each with the header's error as the reason
        assertThat(rejects).extracting(r -> r.get("line")).containsExactly("2", "4");
        assertThat(rejects).allSatisfy(r -> assertThat(r.get("reasons")).contains("separated by semicolons"));
        assertThat(rejects.get(0).get("row")).isEqualTo("cla_rate;2026-10;62,1");
        assertThat(rejects.get(1).get("row")).isEqualTo("cpp_rate;2026-10;41");
    }
}
