package org.boardpack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.boardpack.batch.Outcome;
import org.boardpack.batch.PackRunParameters;
import org.boardpack.batch.RunResult;
import org.boardpack.input.InputPaths;
import org.boardpack.store.PackStore;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ApplicationContext;

/** The one-screen summary a run ends with: status, steps, files written, RAG counts, and what to do next. */
final class RunSummary {

    private final ApplicationContext ctx;

    RunSummary(ApplicationContext ctx) {
        this.ctx = ctx;
    }

    void print(RunResult result, PrintStream out) {
        JobExecution e = result.execution();
        out.println();
        if (e == null) {
            out.println(result.message());
            return;
        }
        PackRunParameters p = PackRunParameters.from(e.getJobParameters());
        out.printf("Board pack %s: %s %s, revision %d (execution %d)%n", e.getStatus(), p.board(), p.period(),
                p.revision(), e.getId());
        StringBuilder steps = new StringBuilder("Steps:");
        e.getStepExecutions().forEach(s -> steps.append(' ').append(s.getStepName()).append('=').append(s.getStatus()));
        out.println(steps);
        Path folder = p.layout().folder();
        if (Files.isDirectory(folder)) {
            out.println("Files in " + InputPaths.display(folder) + ":");
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                        .sorted().forEach(f -> out.printf("  %-48s %,10d bytes%n", f.getFileName(), size(f)));
            } catch (IOException ignored) {
                // the listing is informative only
            }
        }
        ctx.getBean(PackStore.class).load(p.board(), p.period(), p.revision()).ifPresent(pack -> {
            var c = pack.ragCounts();
            out.printf("RAG: %d Red, %d Amber, %d Green, %d without a target (%d indicators)%n",
                    c.red(), c.amber(), c.green(), c.none(), c.total());
        });
        if (result.outcome() != Outcome.COMPLETED) out.println(result.message());
        nextStep(result.outcome(), p).ifPresent(out::println);
    }

    /**
     * What to do after a failed run. A stopped run, one without the month's figures and one whose mail is
     * unconfirmed carry their own advice in their message: there is no cause to fix.
     */
    static Optional<String> nextStep(Outcome outcome, PackRunParameters p) {
        if (outcome != Outcome.FAILED && outcome != Outcome.INVALID_INPUT) return Optional.empty();
        return Optional.of("Fix the cause, then run the same command again (or: boardpack restart --board " + p.board()
                + " --period " + p.period() + ") to resume from the failed step.");
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1;
        }
    }
}
