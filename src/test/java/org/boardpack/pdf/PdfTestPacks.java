package org.boardpack.pdf;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boardpack.input.InputProblem;
import org.boardpack.input.InputSet;
import org.boardpack.input.InputValidator;
import org.boardpack.input.ScorecardRow;
import org.boardpack.pack.CurrentFigures;
import org.boardpack.pack.HeldFigure;
import org.boardpack.pack.PackBuilder;
import org.boardpack.pack.PackModel;

/** Pack models for the PDF tests: the shipped sample built in memory (no Spring, no store). */
final class PdfTestPacks {

    static final YearMonth SAMPLE_PERIOD = YearMonth.of(2026, 10);
    static final LocalDateTime PRODUCED = LocalDateTime.of(2026, 11, 2, 6, 0);

    private static PackModel sample;

    private PdfTestPacks() {
    }

    /** The improvement board's October 2026 pack from input/ and templates/, as the job computes it. */
    static synchronized PackModel sample() {
        if (sample == null) sample = build("improvement-board", SAMPLE_PERIOD);
        return sample;
    }

    static PackModel build(String board, YearMonth period) {
        InputSet inputs = InputValidator.read(Path.of("input"), Path.of("templates"), board, period,
                period.plusMonths(1), "822");
        if (inputs.problems().hasErrors()) {
            throw new IllegalStateException("The sample inputs have errors: " + inputs.problems().all());
        }
        // a later file version supersedes an earlier one: load order follows the files' order
        Map<String, Long> order = new HashMap<>();
        List<HeldFigure> held = new ArrayList<>();
        for (ScorecardRow row : inputs.scorecards().rows()) {
            long o = order.computeIfAbsent(row.file(), f -> (long) order.size() + 1);
            held.add(new HeldFigure(row.figure(), row.file(), row.line(), row.issueMonth(), o));
        }
        List<InputProblem> warnings = inputs.problems().all().stream().filter(p -> !p.isError()).toList();
        return new PackBuilder(inputs.catalogue(), inputs.targets(), new CurrentFigures(held))
                .withCommentary(inputs.commentary())
                .withRecommendations(inputs.recommendations(), 60)
                .withBenchmarks(inputs.benchmarks())
                .withStyle(inputs.style())
                .build(inputs.board(), "Bedford Borough Council", period, 1, PRODUCED, warnings);
    }
}
