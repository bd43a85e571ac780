package org.boardpack.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The folders a run reads and writes, shared by run and validate. */
public class FolderOptions {

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "Input folder: scorecards/, targets.csv, ... (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates folder: indicators.csv, boards/, email/ (default: ${DEFAULT-VALUE})")
    Path templates;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder; packs go to DIR/<board>/<period>/ (default: ${DEFAULT-VALUE})")
    Path output;
}
