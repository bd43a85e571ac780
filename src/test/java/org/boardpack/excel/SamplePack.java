package org.boardpack.excel;

import org.boardpack.support.Cli;
import org.boardpack.support.SamplePacks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.boardpack.intake.InputSet;
import org.boardpack.intake.InputValidator;
import org.boardpack.input.ScorecardRow;
import org.boardpack.pack.CurrentFigures;
import org.boardpack.pack.HeldFigure;
import org.boardpack.pack.PackBuilder;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackWriter;

/**
 * Builds a pack model in memory from an input and a templates folder the way the job does (validate, hold the
 * scorecard rows in load order, build), without Spring or a database. The shipped sample is {@link #sample()}.
 */
public final class SamplePack {

    public static final Path INPUT = Path.of("input");
    public static final Path TEMPLATES = Path.of("templates");
    public static final String BOARD = "improvement-board";
    public static final YearMonth PERIOD = YearMonth.of(2026, 10);
    /** A fixed produced time, as the job's fixed clock gives. */
    public static final LocalDateTime PRODUCED = LocalDateTime.of(2026, 11, 2, 6, 0);
    public static final String AUTHORITY = "Bedford Borough Council";
    public static final String AUTHORITY_CODE = "822";
    public static final int STALE_AFTER_DAYS = 60;

    private SamplePack() {
    }

    private static PackModel sample;
    private static byte[] sampleXlsx;

    /** The shipped sample's improvement board pack for October 2026 (built once per test run; do not change it). */
    public static synchronized PackModel sample() {
        if (sample == null) sample = fresh();
        return sample;
    }

    /** The sample's pack built again from the files. */
    public static PackModel fresh() {
        return build(INPUT, TEMPLATES, BOARD, PERIOD);
    }

    /** The sample's Excel pack (written once per test run). */
    public static synchronized byte[] sampleXlsx() {
        if (sampleXlsx == null) sampleXlsx = render(new ExcelPackWriter(), sample());
        return sampleXlsx.clone();
    }

    public static PackModel build(Path input, Path templates, String board, YearMonth period) {
        return SamplePacks.build(input, templates, board, period);
    }

    static String relative(Path input, String file) {
        return SamplePacks.relative(input, file);
    }

    /** Copies a folder tree (e.g. the sample input) so a test can change a file in it. */
    public static Path copy(Path from, Path to) {
        try {
            Cli.copyTree(from, to);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a writer writes for a pack, as bytes. */
    public static byte[] render(PackWriter writer, PackModel pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(pack, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
