package org.boardpack.batch;

import java.nio.file.Path;
import java.time.YearMonth;

import org.boardpack.output.OutputLayout;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one board pack run. A run is identified by (authority, board, period, revision) only, so one
 * repository can hold several councils' packs; the folders and switches are non-identifying, so a rerun with the
 * same four resumes the same job instance.
 *
 * @param authority the authority's code ({@code boardpack.authority.code}); blank for runs of release 0.1.0,
 *                  which did not record it
 */
public record PackRunParameters(String authority, String board, YearMonth period, int revision, Path inputDir,
                                Path templatesDir, Path outputDir, boolean skipInvalid, boolean sendMail) {

    public static final String AUTHORITY = "authority";
    public static final String BOARD = "board";
    public static final String PERIOD = "period";
    public static final String REVISION = "revision";
    public static final String MAIL = "mail";

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(AUTHORITY, authority, true)
                .addString(BOARD, board, true)
                .addString(PERIOD, period.toString(), true)
                .addLong(REVISION, (long) revision, true)
                .addString("input", inputDir.toAbsolutePath().normalize().toString(), false)
                .addString("templates", templatesDir.toAbsolutePath().normalize().toString(), false)
                .addString("output", outputDir.toAbsolutePath().normalize().toString(), false)
                .addString("skipInvalid", Boolean.toString(skipInvalid), false)
                .addString(MAIL, Boolean.toString(sendMail), false)
                .toJobParameters();
    }

    public static PackRunParameters from(JobParameters p) {
        String authority = p.getString(AUTHORITY);
        return new PackRunParameters(authority == null ? "" : authority, p.getString(BOARD),
                YearMonth.parse(p.getString(PERIOD)), p.getLong(REVISION).intValue(), Path.of(p.getString("input")),
                Path.of(p.getString("templates")), Path.of(p.getString("output")),
                Boolean.parseBoolean(p.getString("skipInvalid")), Boolean.parseBoolean(p.getString(MAIL)));
    }

    public OutputLayout layout() {
        return new OutputLayout(outputDir, board, period, revision);
    }
}
