package org.boardpack.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accessibility and HTML checks find what they should, so a clean result on the pack means something. */
class HtmlChecksIT {

    @TempDir
    Path dir;

    @Test
    void axeFindsAMissingAltTextLowContrastAndNoLanguage() throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><title>t</title></head><body><main>"
                + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
                + "<p style=\"color:#aaaaaa;background:#ffffff\">Amber</p></main></body></html>");
        assertThat(HtmlChecks.axeViolations(bad)).extracting(HtmlChecks.Violation::rule)
                .contains("image-alt", "color-contrast", "html-has-lang");
    }

    @Test
    void aPlainAccessiblePageHasNoViolationsAndIsValid() throws Exception {
        Path good = dir.resolve("good.html");
        Files.writeString(good, "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Pack</title></head>"
                + "<body><main><h1>Pack</h1><table><caption>Scorecard</caption><thead><tr><th scope=\"col\">Indicator</th>"
                + "<th scope=\"col\">Status</th></tr></thead><tbody><tr><td>Re-referrals</td><td>Amber</td></tr></tbody>"
                + "</table></main></body></html>");
        assertThat(HtmlChecks.axeViolations(good)).isEmpty();
        assertThat(HtmlChecks.htmlErrors(good)).isEmpty();
    }

    @Test
    void theHtmlCheckerReportsInvalidMarkup() throws Exception {
        Path bad = dir.resolve("invalid.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p><div>x</p></body></html>");
        assertThat(HtmlChecks.htmlErrors(bad)).isNotEmpty();
    }
}
