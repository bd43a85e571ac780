package org.boardpack.intake;

import org.boardpack.input.BoardDefinition;
import org.boardpack.input.Commentary;
import org.boardpack.input.CsvRow;
import org.boardpack.input.Fields;
import org.boardpack.input.FormulaText;
import org.boardpack.input.InputPaths;
import org.boardpack.input.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.boardpack.benchmarks.BenchmarkData;
import org.boardpack.benchmarks.DfeImporter;
import org.boardpack.benchmarks.LaitCalculator;
import org.boardpack.indicators.FinancialYear;
import org.boardpack.indicators.Indicator;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Target;
import org.boardpack.recommendations.RecommendationInput;
import org.boardpack.recommendations.RecommendationReader;

/** Reads and checks every input the job uses for a board and period, in one pass, collecting all problems. */
public final class InputValidator {

    public static final String BENCHMARKS_FOLDER = "benchmarks";

    private InputValidator() {
    }

    /** A board indicator with a better direction but no target for the period's financial year is a warning. */
    private static void warnMissingTargets(Path inputDir, Map<String, Indicator> catalogue, BoardDefinition board,
                                           List<Target> targets, YearMonth period, Problems problems) {
        if (board == null) return;
        FinancialYear fy = FinancialYear.of(period);
        for (String id : board.indicatorIds()) {
            Indicator ind = catalogue.get(id);
            if (ind == null || ind.polarity() == Polarity.NONE) continue;
            boolean hasTarget = targets.stream().anyMatch(t -> t.indicatorId().equals(id) && t.year().equals(fy));
            if (!hasTarget) {
                problems.warning(InputPaths.display(inputDir.resolve(TargetsReader.FILE)), 0, "indicator_id",
                        "no target for " + id + " in " + fy, "add a row " + id + "," + fy + ",<target>,<tolerance>; until then it has no RAG");
            }
        }
    }

    private static List<CsvRow> recommendationRows(Problems problems, String displayName) {
        return problems.rowsSeen().stream().filter(r -> r.file().equals(displayName)).toList();
    }

    /**
     * @param period          the pack's period (commentary and recommendation snapshots are per month)
     * @param latestPlausible the latest period a scorecard may hold (normally next month)
     * @param authorityCode   the authority's LA code (old or ONS), for benchmark comparisons
     */
    public static InputSet read(Path inputDir, Path templatesDir, String boardId, YearMonth period,
                                YearMonth latestPlausible, String authorityCode) {
        return read(inputDir, templatesDir, boardId, period, latestPlausible, authorityCode, true);
    }

    /**
     * As {@link #read(Path, Path, String, YearMonth, YearMonth, String)}, but without the scorecards when
     * {@code withScorecards} is false (the compute step takes its figures from the store, already validated).
     */
    public static InputSet read(Path inputDir, Path templatesDir, String boardId, YearMonth period,
                                YearMonth latestPlausible, String authorityCode, boolean withScorecards) {
        Problems problems = new Problems();
        Fields fields = new Fields(problems, latestPlausible);
        if (!Files.isDirectory(inputDir)) {
            problems.error(InputPaths.display(inputDir), 0, "", "the input folder is missing",
                    "pass --input DIR pointing at the folder with scorecards/ and targets.csv");
        }
        if (!Files.isDirectory(templatesDir)) {
            problems.error(InputPaths.display(templatesDir), 0, "", "the templates folder is missing",
                    "pass --templates DIR pointing at the folder with indicators.csv and boards/");
        }
        Map<String, Indicator> catalogue = CatalogueReader.read(templatesDir, fields);
        BoardDefinition board = BoardDefinitionReader.read(templatesDir, boardId, catalogue.keySet(), problems);
        List<Target> targets = TargetsReader.read(inputDir, catalogue, fields);
        ScorecardReader.Scorecards scorecards = withScorecards ? ScorecardReader.read(inputDir, catalogue, fields)
                : ScorecardReader.Scorecards.none();
        warnMissingTargets(inputDir, catalogue, board, targets, period, problems);
        Map<String, Commentary> commentary = CommentaryReader.read(inputDir, period, catalogue.keySet(), problems);
        RecommendationInput recommendations = null;
        if (Files.isDirectory(inputDir.resolve(RecommendationReader.FOLDER))) {
            recommendations = RecommendationReader.readPeriod(inputDir, period, catalogue.keySet(), problems);
        }
        LaitCalculator benchmarks = null;
        Path benchmarkDir = inputDir.resolve(BENCHMARKS_FOLDER);
        if (Files.isDirectory(benchmarkDir)) {
            // the same benchmark files are read by every board's run: parsed once per process (ParseCache)
            String shown = InputPaths.display(benchmarkDir);
            String key = ParseCache.key("benchmarks", List.of(benchmarkDir.resolve(DfeImporter.BENCHMARKS_FILE),
                    benchmarkDir.resolve(DfeImporter.NEIGHBOURS_FILE)), shown, authorityCode, new TreeSet<>(catalogue.keySet()));
            benchmarks = ParseCache.get(key, problems, found -> LaitCalculator.forAuthority(
                    BenchmarkData.read(benchmarkDir, shown, catalogue.keySet(), found), authorityCode,
                    "boardpack.authority.code", found).orElse(null));
        } else if (catalogue.values().stream().anyMatch(Indicator::hasBenchmark)) {
            problems.warning(InputPaths.display(benchmarkDir), 0, "", "no benchmarks folder",
                    "run \"boardpack benchmarks import --from DIR\" to compare with statistical neighbours and England");
        }
        if (recommendations != null) {
            for (CsvRow row : recommendationRows(problems, RecommendationReader.displayName(inputDir, period))) {
                for (String column : List.of("recommendation", "progress", "owner", "theme")) FormulaText.flag(row, column, problems);
            }
        }
        List<org.boardpack.indicators.spc.SpcRebase> rebases = SpcRebaseReader.read(inputDir, catalogue.keySet(),
                scorecards.authorityFigures(), fields);
        return new InputSet(inputDir, templatesDir, catalogue, targets, board, scorecards, commentary,
                recommendations, benchmarks, PackStyleReader.read(templatesDir, problems), problems, rebases);
    }
}
