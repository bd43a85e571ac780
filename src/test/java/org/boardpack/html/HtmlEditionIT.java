package org.boardpack.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.excel.SamplePack;
import org.boardpack.support.HtmlChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The October 2026 sample's HTML edition in headless Chromium (axe-core's WCAG 2.1 A/AA rules) and the Nu Html
 * Checker (a child JVM): in {@code mvn verify}, as they start other processes; the in-process checks are in
 * {@link HtmlEditionTest}.
 */
class HtmlEditionIT {

    static String html;

    @TempDir
    static Path dir;

    @BeforeAll
    static void render() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlPackWriter().write(SamplePack.sample(), out);
        html = out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void hasNoAxeCoreViolationsOfWcag21AAndAaInHeadlessChromium() throws Exception {
        Path file = dir.resolve("improvement-board-2026-10.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        assertThat(HtmlChecks.axeViolations(file)).isEmpty();
    }

    @Test
    void isValidHtml() throws Exception {
        Path file = dir.resolve("valid.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        assertThat(HtmlChecks.htmlErrors(file)).isEmpty();
    }
}
