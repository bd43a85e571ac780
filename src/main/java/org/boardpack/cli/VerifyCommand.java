package org.boardpack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.boardpack.batch.JobRunner;
import org.boardpack.batch.ManifestTasklet;
import org.boardpack.batch.PackRunParameters;
import org.boardpack.batch.RunManifest;
import org.boardpack.input.InputPaths;
import org.boardpack.output.FileHashes;
import org.boardpack.output.OutputLayout;
import org.boardpack.pack.Edition;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-hashes the files a completed run wrote and compares them with its manifest.",
                "Default: the board's latest completed run, every edition's files. Exit 0 when every file is as written,",
                "8 when any is changed or missing, 11 when there is nothing to verify: no such completed run, its",
                "manifest is missing, or (with --edition) the run wrote no file of that edition; 2 for a usage error."})
public class VerifyCommand implements Callable<Integer> {

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "The period (default: the board's latest completed run)")
    String period;

    @Option(names = "--board", paramLabel = "ID", description = "Board id (default: the setting boardpack.board, improvement-board)")
    String board;

    @Option(names = "--revision", paramLabel = "N", description = "Revision (default: the latest completed one of the period)")
    Integer revision;

    @Option(names = "--edition", paramLabel = "full|partner",
            description = "Only this edition's files (its packs, exports and members' messages; not the run's validation report)")
    String edition;

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: the one the run wrote to)")
    Path output;

    @Override
    public Integer call() throws IOException {
        Boards.checkForm(board);
        YearMonth p = PeriodOption.exact(period);
        Edition only = DeliveriesCommand.edition(edition);
        OutputLayout layout;
        try (var ctx = AppContext.open()) {
            String id = Boards.id(board, AppContext.settings(ctx));
            Optional<JobExecution> run = ctx.getBean(JobRunner.class).latest(id, p, revision, true);
            if (run.isEmpty()) {
                throw new UserError(ExitCodes.NO_SUCH_RUN, "Nothing to verify: no completed run of " + id
                        + (p == null ? "" : " " + p) + (revision == null ? "" : " revision " + revision)
                        + " in the job repository (boardpack status lists the runs).");
            }
            PackRunParameters params = PackRunParameters.from(run.get().getJobParameters());
            layout = new OutputLayout(output == null ? params.outputDir() : output, id, params.period(), params.revision());
            System.out.println("Verifying " + id + " " + params.period() + " revision " + params.revision()
                    + " (execution " + run.get().getId() + ")");
        }
        Path manifestFile = layout.manifest();
        if (!Files.isRegularFile(manifestFile)) {
            throw new UserError(ExitCodes.NO_SUCH_RUN, "No manifest at " + InputPaths.display(manifestFile)
                    + ": it has been moved or deleted (or --output names another folder)");
        }
        RunManifest manifest = ManifestTasklet.json().readValue(manifestFile.toFile(), RunManifest.class);
        List<RunManifest.FileRecord> files = manifest.outputs().stream().filter(f -> only == null || editionOf(layout, f) == only).toList();
        if (files.isEmpty()) {
            throw new UserError(ExitCodes.NO_SUCH_RUN, "Nothing to verify: " + InputPaths.display(manifestFile) + " lists no file"
                    + (only == null ? "" : " of the " + only.id() + " edition") + (only == null ? "." : " (the editions it lists: "
                    + String.join(", ", manifest.outputs().stream().map(f -> editionOf(layout, f)).filter(java.util.Objects::nonNull)
                            .distinct().sorted().map(Edition::id).toList()) + ")."));
        }
        int bad = 0;
        for (RunManifest.FileRecord f : files) {
            Path file = layout.outputDir().resolve(f.path()); // relative to the output folder (absolute before 0.2)
            String state;
            if (!Files.isRegularFile(file)) {
                state = "MISSING";
            } else if (Files.size(file) != f.size() || !FileHashes.sha256(file).equals(f.sha256())) {
                state = "CHANGED";
            } else {
                state = "OK";
            }
            if (!state.equals("OK")) bad++;
            System.out.printf("%-8s %s%n", state, f.path());
        }
        System.out.printf("%d of %d %sfiles as written by %s (%s)%n", files.size() - bad, files.size(),
                only == null ? "" : only.id() + " edition ", manifest.executions() == null || manifest.executions().size() <= 1
                        ? "execution " + manifest.jobExecutionId()
                        : "executions " + String.join(", ", manifest.executions().stream().map(e -> String.valueOf(e.id())).toList()),
                manifest.applicationVersion());
        return bad == 0 ? ExitCodes.COMPLETED : ExitCodes.VERIFY_MISMATCH;
    }

    /**
     * The edition a manifest's file belongs to: as the manifest records it, or (a manifest written before editions
     * were recorded) by its name; null for the run's own files.
     */
    static Edition editionOf(OutputLayout layout, RunManifest.FileRecord f) {
        if (f.edition() != null) return Edition.parse(f.edition());
        return ManifestTasklet.editionOf(layout, layout.outputDir().resolve(f.path()));
    }
}
