package org.boardpack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.boardpack.batch.ManifestTasklet;
import org.boardpack.batch.RunManifest;
import org.boardpack.output.FileHashes;
import org.boardpack.output.OutputLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-hashes the files a run wrote and compares them with its manifest.json.",
                "Exit 0 when every file is as written, 8 when any is changed or missing."})
public class VerifyCommand implements Callable<Integer> {

    @Option(names = "--period", paramLabel = "YYYY-MM", required = true, description = "The period")
    String period;

    @Option(names = "--board", paramLabel = "ID", defaultValue = "improvement-board", description = "Board id (default: ${DEFAULT-VALUE})")
    String board;

    @Option(names = "--revision", paramLabel = "N", defaultValue = "1", description = "Revision (default: ${DEFAULT-VALUE})")
    int revision;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output", description = "Output folder (default: ${DEFAULT-VALUE})")
    Path output;

    @Override
    public Integer call() throws IOException {
        OutputLayout layout = new OutputLayout(output, board, PeriodOption.exact(period), revision);
        Path manifestFile = layout.manifest();
        if (!Files.isRegularFile(manifestFile)) {
            throw new UserError(ExitCodes.VERIFY_MISMATCH, "No manifest at " + manifestFile + "; was the run for "
                    + board + " " + period + " revision " + revision + " completed?");
        }
        RunManifest manifest = ManifestTasklet.json().readValue(manifestFile.toFile(), RunManifest.class);
        int bad = 0;
        for (RunManifest.FileRecord f : manifest.outputs()) {
            Path p = Path.of(f.path());
            String state;
            if (!Files.isRegularFile(p)) {
                state = "MISSING";
            } else if (Files.size(p) != f.size() || !FileHashes.sha256(p).equals(f.sha256())) {
                state = "CHANGED";
            } else {
                state = "OK";
            }
            if (!state.equals("OK")) bad++;
            System.out.printf("%-8s %s%n", state, f.path());
        }
        System.out.printf("%d of %d files as written by execution %d (%s)%n", manifest.outputs().size() - bad,
                manifest.outputs().size(), manifest.jobExecutionId(), manifest.applicationVersion());
        return bad == 0 ? ExitCodes.COMPLETED : ExitCodes.VERIFY_MISMATCH;
    }
}
