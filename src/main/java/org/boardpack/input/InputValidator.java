package org.boardpack.input;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.boardpack.indicators.Indicator;
import org.boardpack.indicators.Target;

/** Reads and checks every input the job uses, in one pass, collecting all problems. */
public final class InputValidator {

    private InputValidator() {
    }

    /**
     * @param latestPlausible the latest period a scorecard may hold (normally next month)
     */
    public static InputSet read(Path inputDir, Path templatesDir, String boardId, YearMonth latestPlausible) {
        Problems problems = new Problems();
        Fields fields = new Fields(problems, latestPlausible);
        if (!java.nio.file.Files.isDirectory(inputDir)) {
            problems.error(InputPaths.display(inputDir), 0, "", "the input folder is missing",
                    "pass --input DIR pointing at the folder with scorecards/ and targets.csv");
        }
        if (!java.nio.file.Files.isDirectory(templatesDir)) {
            problems.error(InputPaths.display(templatesDir), 0, "", "the templates folder is missing",
                    "pass --templates DIR pointing at the folder with indicators.csv and boards/");
        }
        Map<String, Indicator> catalogue = CatalogueReader.read(templatesDir, fields);
        BoardDefinition board = BoardDefinitionReader.read(templatesDir, boardId, catalogue.keySet(), problems);
        List<Target> targets = TargetsReader.read(inputDir, catalogue, fields);
        ScorecardReader.Scorecards scorecards = ScorecardReader.read(inputDir, catalogue, fields);
        return new InputSet(inputDir, templatesDir, catalogue, targets, board, scorecards, problems);
    }
}
