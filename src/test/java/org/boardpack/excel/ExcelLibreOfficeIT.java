package org.boardpack.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When LibreOffice is installed, the sample pack converts to PDF headless without an error. */
class ExcelLibreOfficeIT {

    @TempDir
    Path dir;

    static Path soffice() {
        for (String name : List.of("soffice", "libreoffice")) {
            String path = System.getenv("PATH");
            if (path == null) return null;
            for (String p : path.split(File.pathSeparator)) {
                Path candidate = Path.of(p, name);
                if (Files.isExecutable(candidate)) return candidate;
            }
        }
        return null;
    }

    @Test
    void convertsToPdfWithoutErrors() throws Exception {
        Path soffice = soffice();
        Assumptions.assumeTrue(soffice != null,
                "LibreOffice (soffice or libreoffice) is not on the PATH: skipping the headless PDF conversion check");
        Path xlsx = dir.resolve("pack.xlsx");
        Files.write(xlsx, SamplePack.sampleXlsx());
        Path profile = dir.resolve("profile");
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString())
                .redirectErrorStream(true).start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) p.destroyForcibly();
        assertThat(done).as("LibreOffice finished within 3 minutes").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).as(out).doesNotContainIgnoringCase("error");
        Path pdf = dir.resolve("pack.pdf");
        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isGreaterThan(1000);
    }
}
