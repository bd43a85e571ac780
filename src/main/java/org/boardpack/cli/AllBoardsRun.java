package org.boardpack.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.boardpack.batch.GracefulStop;
import org.boardpack.batch.Outcome;
import org.boardpack.batch.RunRequest;
import org.boardpack.batch.RunResult;
import org.slf4j.MDC;

/**
 * Builds several boards' packs for one period in one process, each its own job instance (so each resumes on its
 * own), up to a number at once. The run lock is per board and period, so boards never wait for each other; one
 * board's failure never stops another. The exit code is the worst outcome ({@link Outcome#worst}).
 */
final class AllBoardsRun {

    /** One board's outcome. */
    record BoardResult(String board, RunResult result) {
    }

    private final int atOnce;
    private final Function<RunRequest, RunResult> runner;
    private final GracefulStop stop;

    AllBoardsRun(int atOnce, Function<RunRequest, RunResult> runner, GracefulStop stop) {
        this.atOnce = Math.max(1, atOnce);
        this.runner = runner;
        this.stop = stop;
    }

    List<BoardResult> run(List<RunRequest> requests) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(atOnce, Math.max(1, requests.size())), r -> {
            Thread t = new Thread(r, "boardpack-board");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (RunRequest request : requests) {
                futures.add(pool.submit(() -> {
                    if (stop != null && stop.requested()) {
                        return new RunResult(Outcome.STOPPED, "Not started: the run was stopped before this board's turn.", null);
                    }
                    MDC.put("board", request.board());
                    try {
                        return runner.apply(request);
                    } catch (RuntimeException e) {
                        return new RunResult(Outcome.FAILED, "Cannot run " + request.board() + ": " + e.getMessage(), null);
                    } finally {
                        MDC.remove("board");
                    }
                }));
            }
            List<BoardResult> results = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                results.add(new BoardResult(requests.get(i).board(), outcome(futures.get(i))));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static RunResult outcome(Future<RunResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RunResult(Outcome.STOPPED, "Interrupted while waiting for the board's run.", null);
        } catch (ExecutionException e) {
            return new RunResult(Outcome.FAILED, String.valueOf(e.getCause().getMessage()), null);
        }
    }

    static Outcome worst(List<BoardResult> results) {
        return Outcome.worst(results.stream().map(r -> r.result().outcome()).toList());
    }

    /** The closing table: one line per board with its outcome, exit code and execution, then the overall exit code. */
    static void printTable(List<BoardResult> results, PrintStream out) {
        out.println();
        out.println("All boards:");
        String format = "  %-28s %-18s %-5s %-9s %s%n";
        out.printf(format, "BOARD", "OUTCOME", "EXIT", "EXECUTION", "");
        for (BoardResult r : results) {
            RunResult rr = r.result();
            String message = rr.outcome() == Outcome.COMPLETED ? "" : firstLine(rr.message());
            out.printf(format, r.board(), rr.outcome(), ExitCodes.of(rr.outcome()),
                    rr.execution() == null ? "-" : rr.execution().getId(), message);
        }
        Outcome worst = worst(results);
        out.printf("Exit code %d (%s, the worst of the boards' outcomes)%n", ExitCodes.of(worst), worst);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
