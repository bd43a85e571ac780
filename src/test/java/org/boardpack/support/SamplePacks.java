package org.boardpack.support;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.intake.InputSet;
import org.boardpack.intake.InputValidator;
import org.boardpack.input.ScorecardRow;
import org.boardpack.pack.CurrentFigures;
import org.boardpack.pack.HeldFigure;
import org.boardpack.pack.PackBuilder;
import org.boardpack.pack.PackModel;

/** Builds a pack model in memory from input and templates folders, as the job's compute step does, without Spring. */
public final class SamplePacks {

    public static final LocalDateTime PRODUCED = LocalDateTime.of(2026, 11, 2, 6, 0);
    public static final String AUTHORITY = "Bedford Borough Council";
    public static final String AUTHORITY_CODE = "822";
    public static final int STALE_AFTER_DAYS = 60;

    private SamplePacks() {
    }

    public static PackModel build(Path input, Path templates, String board, YearMonth period) {
        InputSet in = InputValidator.read(input, templates, board, period, period.plusMonths(1), AUTHORITY_CODE);
        if (in.problems().hasErrors()) {
            throw new IllegalStateException("The inputs have errors: " + in.problems().errors());
        }
        // load order follows the files' order, as the load step records file versions
        List<HeldFigure> held = new ArrayList<>();
        long order = 0;
        for (ScorecardRow row : in.scorecards().rows()) {
            held.add(new HeldFigure(row.figure(), relative(input, row.file()), row.line(), row.issueMonth(), order++));
        }
        return new PackBuilder(in.catalogue(), in.targets(), new CurrentFigures(held))
                .withCommentary(in.commentary())
                .withRecommendations(in.recommendations(), STALE_AFTER_DAYS)
                .withBenchmarks(in.benchmarks())
                .withStyle(in.style())
                .withRebases(in.rebases())
                .build(in.board(), AUTHORITY, period, 1, PRODUCED, in.problems().all());
    }

    /** The file as the job's store names it: relative to the input folder ("scorecards/2026-10.csv"). */
    public static String relative(Path input, String file) {
        String prefix = input.toString().replace('\\', '/') + "/";
        String f = file.replace('\\', '/');
        return f.startsWith(prefix) ? f.substring(prefix.length()) : f;
    }
}
