package org.boardpack.batch;

import java.nio.file.Path;
import java.time.YearMonth;

/** What the operator asked {@code run} to do. */
public record RunRequest(String board, YearMonth period, Path inputDir, Path templatesDir, Path outputDir,
                         boolean reissue, boolean skipInvalid, boolean sendMail) {

    PackRunParameters parameters(String authority, int revision) {
        return new PackRunParameters(authority, board, period, revision, inputDir, templatesDir, outputDir, skipInvalid, sendMail);
    }
}
