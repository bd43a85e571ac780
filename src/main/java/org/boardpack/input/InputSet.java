package org.boardpack.input;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.boardpack.indicators.Indicator;
import org.boardpack.indicators.Target;

/** Everything read from the input and templates folders for one board, with every problem found. */
public record InputSet(Path inputDir, Path templatesDir, Map<String, Indicator> catalogue, List<Target> targets,
                       BoardDefinition board, ScorecardReader.Scorecards scorecards, Problems problems) {

    /** The files read, for the audit trail. */
    public List<Path> filesRead() {
        List<Path> files = new java.util.ArrayList<>();
        files.add(templatesDir.resolve(CatalogueReader.FILE));
        files.add(inputDir.resolve(TargetsReader.FILE));
        files.add(BoardDefinitionReader.fileFor(templatesDir, board == null ? "" : board.id()));
        files.addAll(scorecards.files());
        return files;
    }
}
