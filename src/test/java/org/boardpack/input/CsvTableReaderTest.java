package org.boardpack.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {

    @TempDir
    Path dir;

    private CsvTable read(String name, byte[] content, Problems problems) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return CsvTableReader.read(f, name, List.of("a", "b"), List.of("c"), problems);
    }

    @Test
    void readsBomCrlfAndGivesPhysicalLines() throws Exception {
        Problems p = new Problems();
        Path f = dir.resolve("x.csv");
        // a quoted value over two lines, in a free-text column (the only kind that may hold line breaks)
        Files.write(f, "\uFEFFA,commentary\r\n1,2\r\n\r\n4,\"multi\nline\"\r\n4,5\r\n".getBytes(StandardCharsets.UTF_8));
        CsvTable t = CsvTableReader.read(f, "x.csv", List.of("a", "commentary"), List.of(), p);
        assertThat(p.all()).isEmpty();
        assertThat(t.rows()).extracting(CsvRow::line).containsExactly(2L, 4L, 6L);
        assertThat(t.rows().get(1).get("commentary")).isEqualTo("multi\nline");
    }

    @Test
    void reportsWindows1252PoundSignWithItsLine() throws Exception {
        Problems p = new Problems();
        byte[] content = "a,b\n1,2\n\u00a33,4\n".getBytes(StandardCharsets.ISO_8859_1);
        read("x.csv", content, p);
        assertThat(p.errors()).hasSize(1);
        assertThat(p.errors().get(0).line()).isEqualTo(3);
        assertThat(p.errors().get(0).message()).contains("invalid UTF-8").contains("0xA3").contains("CSV UTF-8");
    }
}
