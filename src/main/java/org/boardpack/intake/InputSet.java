package org.boardpack.intake;

import org.boardpack.input.BoardDefinition;
import org.boardpack.input.Commentary;
import org.boardpack.input.Problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.boardpack.indicators.Indicator;
import org.boardpack.benchmarks.LaitCalculator;
import org.boardpack.indicators.Target;
import org.boardpack.pack.PackStyle;
import org.boardpack.recommendations.RecommendationInput;

/**
 * Everything read from the input and templates folders for one board and period, with every problem found.
 *
 * @param recommendations the period's recommendation snapshot and the previous one; null when the input has no
 *                        recommendations folder
 * @param benchmarks      LAIT comparisons from input/benchmarks for the configured authority; null without them
 * @param rebases         the months from which SPC limits are recalculated (input/spc-rebase.csv); empty without it
 */
public record InputSet(Path inputDir, Path templatesDir, Map<String, Indicator> catalogue, List<Target> targets,
                       BoardDefinition board, ScorecardReader.Scorecards scorecards,
                       Map<String, Commentary> commentary, RecommendationInput recommendations,
                       LaitCalculator benchmarks, PackStyle style, Problems problems,
                       List<org.boardpack.indicators.spc.SpcRebase> rebases) {
}
