package org.boardpack.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code boardpack} command line. Every command has --help. Exit codes are in {@link ExitCodes}. */
@Command(name = "boardpack", mixinStandardHelpOptions = true, version = "boardpack 0.1.0",
        description = "Board Pack Builder: the monthly improvement board pack for children's services.",
        subcommands = {RunCommand.class, RestartCommand.class, StatusCommand.class, ValidateCommand.class,
                BenchmarksCommand.class, DeliveriesCommand.class, VerifyCommand.class, AbandonCommand.class},
        footer = {"", "Exit codes: 0 completed, 1 failed, 2 usage error, 3 invalid input, 4 already complete,",
                "5 already running, 6 stopped, 7 nothing to restart, 8 verify found differences, 9 configuration error,",
                "10 no figures for the period, 11 no such run (verify),",
                "12 completed but some members' delivery is unconfirmed (see deliveries).", "",
                "Any Spring Boot setting can be given as --name=value, e.g. --boardpack.authority.code=823."})
public final class Main implements Runnable {

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static int run(String[] args) {
        boolean debug = List.of(args).contains("--debug");
        List<String> commandArgs = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--debug")) continue;
            if (isSpringProperty(a)) springArgs.add(a);
            else commandArgs.add(a);
        }
        String[] rest = commandArgs.toArray(String[]::new);
        AppContext.useCommandLineProperties(springArgs);
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        if (debug) System.setProperty("boardpack.console-traces", "%ex");
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError u) {
                System.err.println("boardpack: " + u.getMessage());
                return u.exitCode();
            }
            var dataFolder = AppContext.dataFolderFault(e);
            if (dataFolder.isPresent()) {
                System.err.println("boardpack: " + dataFolder.get().message());
                if (debug) e.printStackTrace(System.err);
                return ExitCodes.CONFIGURATION;
            }
            System.err.println("boardpack: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (debug) e.printStackTrace(System.err);
            else System.err.println("(run with --debug for the technical detail)");
            return ExitCodes.FAILED;
        });
        return cl.execute(rest);
    }

    /**
     * {@code --boardpack.authority.code=823}, {@code --spring.datasource.url=...}: a setting for Spring's
     * environment, as in any Spring Boot application. Picocli's own options never contain a dot.
     */
    static boolean isSpringProperty(String arg) {
        if (!arg.startsWith("--")) return false;
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
        return eq > 2 && name.matches("[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+");
    }
}
