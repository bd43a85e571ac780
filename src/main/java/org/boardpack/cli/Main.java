package org.boardpack.cli;

import java.util.Arrays;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code boardpack} command line. Every command has --help. Exit codes are in {@link ExitCodes}. */
@Command(name = "boardpack", mixinStandardHelpOptions = true, version = "boardpack 0.1.0",
        description = "Board Pack Builder: the monthly improvement board pack for children's services.",
        subcommands = {RunCommand.class, RestartCommand.class, StatusCommand.class, ValidateCommand.class,
                BenchmarksCommand.class, DeliveriesCommand.class, VerifyCommand.class},
        footer = {"", "Exit codes: 0 completed, 1 failed, 2 usage error, 3 invalid input, 4 already complete,",
                "5 already running, 6 stopped, 7 nothing to restart, 8 verify found differences, 9 configuration error,",
                "12 completed but some members' delivery is unconfirmed (see deliveries)."})
public final class Main implements Runnable {

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static int run(String[] args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        String[] rest = Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        if (debug) System.setProperty("boardpack.console-traces", "%ex");
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError u) {
                System.err.println("boardpack: " + u.getMessage());
                return u.exitCode();
            }
            System.err.println("boardpack: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (debug) e.printStackTrace(System.err);
            else System.err.println("(run with --debug for the technical detail)");
            return ExitCodes.FAILED;
        });
        return cl.execute(rest);
    }
}
