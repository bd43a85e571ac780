package org.boardpack.cli;

import java.util.concurrent.Callable;

import org.boardpack.batch.JobRunner;
import org.boardpack.batch.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "abandon", mixinStandardHelpOptions = true,
        description = {"Gives up a failed, stopped or stuck run for good (Spring Batch's ABANDONED), for when a person has",
                "decided it will not come back, e.g. a run on a host that is gone. Releases the run lock it holds.",
                "The next run of that board and period builds the next revision. A run still alive on this host is refused (exit 5)."})
public class AbandonCommand implements Callable<Integer> {

    @Option(names = "--execution", paramLabel = "N", required = true, description = "The execution id, as boardpack status lists it")
    long execution;

    @Override
    public Integer call() {
        try (var ctx = AppContext.open()) {
            RunResult result;
            try {
                result = ctx.getBean(JobRunner.class).abandon(execution);
            } catch (IllegalArgumentException e) {
                throw new UserError(ExitCodes.USAGE, e.getMessage());
            }
            System.out.println(result.message());
            return ExitCodes.of(result.outcome());
        }
    }
}
