package org.boardpack.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.boardpack.benchmarks.BenchmarkSpec;
import org.boardpack.benchmarks.DfeImporter;
import org.boardpack.intake.CatalogueReader;
import org.boardpack.input.Fields;
import org.boardpack.input.InputPaths;
import org.boardpack.intake.InputValidator;
import org.boardpack.input.ProblemReport;
import org.boardpack.input.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "benchmarks", mixinStandardHelpOptions = true,
        description = "Published comparators (statistical neighbours, England, rank, quartile band) from DfE open data.",
        subcommands = BenchmarksCommand.Import.class)
public class BenchmarksCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Reads DfE Explore Education Statistics CSVs and a statistical-neighbour file from a folder and writes",
                    "input/benchmarks/benchmarks.csv and neighbours.csv for the indicators whose catalogue row has a benchmark spec.",
                    "See docs/benchmarks.md for the spec syntax."})
    static class Import implements Callable<Integer> {

        @Option(names = "--from", paramLabel = "DIR", required = true, description = "Folder with the DfE CSV files")
        Path from;

        @Option(names = "--input", paramLabel = "DIR", defaultValue = "input", description = "Input folder; writes DIR/benchmarks/ (default: ${DEFAULT-VALUE})")
        Path input;

        @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates", description = "Templates folder with indicators.csv (default: ${DEFAULT-VALUE})")
        Path templates;

        @Option(names = "--years", paramLabel = "FROM-TO", description = "Only these years, e.g. 2021-2025 (the year a period ends in)")
        String years;

        @Option(names = "--neighbours", paramLabel = "FILE", description = "The statistical-neighbour file (default: found in --from)")
        Path neighbours;

        @Override
        public Integer call() {
            Problems problems = new Problems();
            YearMonth latestAllowed;
            try (var ctx = AppContext.open()) {
                latestAllowed = YearMonth.now(ctx.getBean(Clock.class)).plusMonths(1);
            }
            var catalogue = CatalogueReader.read(templates, new Fields(problems, latestAllowed));
            Map<String, BenchmarkSpec> specs = new LinkedHashMap<>();
            for (var ind : catalogue.values()) {
                if (!ind.hasBenchmark()) continue;
                var parsed = BenchmarkSpec.parse(ind.benchmark());
                if (parsed.ok()) specs.put(ind.id(), parsed.spec());
            }
            if (problems.hasErrors()) {
                System.out.print(ProblemReport.format(problems.all(), 50));
                return ExitCodes.INVALID_INPUT;
            }
            DfeImporter.Options options = DfeImporter.Options.defaults().withNeighbourFile(neighbours);
            if (years != null) {
                String[] parts = years.split("-");
                try {
                    options = options.withYears(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[parts.length - 1].trim()));
                } catch (NumberFormatException e) {
                    throw new UserError(ExitCodes.USAGE, "--years \"" + years + "\" is not FROM-TO, e.g. 2021-2025");
                }
            }
            Path out = input.resolve(InputValidator.BENCHMARKS_FOLDER);
            DfeImporter.Result result = DfeImporter.run(from, specs, out, options, problems);
            if (!problems.isEmpty()) System.out.print(ProblemReport.format(problems.all(), 50));
            if (!result.written()) {
                System.out.println("Nothing written: fix the problems above and run again.");
                return ExitCodes.INVALID_INPUT;
            }
            for (var s : result.indicators()) {
                System.out.printf("  %-28s %6d rows, %6d values, %d-%d%n", s.indicatorId(), s.rows(), s.values(), s.firstYear(), s.lastYear());
            }
            System.out.printf("Wrote %s (%d rows) and %s (%d rows; neighbours from %s, %s)%n",
                    InputPaths.display(result.benchmarksFile()), result.benchmarkRows(),
                    InputPaths.display(result.neighboursFile()), result.neighbourRows(), result.neighbourFile(),
                    result.neighbourLayout());
            return ExitCodes.COMPLETED;
        }
    }
}
