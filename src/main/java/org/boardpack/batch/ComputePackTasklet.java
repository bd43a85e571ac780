package org.boardpack.batch;

import org.boardpack.input.InvalidInputException;
import java.time.Clock;
import java.time.LocalDateTime;

import org.boardpack.input.BoardDefinition;
import org.boardpack.input.BoardDefinitionReader;
import org.boardpack.input.ProblemReport;
import org.boardpack.input.Problems;
import org.boardpack.pack.CurrentFigures;
import org.boardpack.pack.PackBuilder;
import org.boardpack.pack.PackModel;
import org.boardpack.store.CatalogueStore;
import org.boardpack.store.FigureStore;
import org.boardpack.store.PackStore;
import org.boardpack.store.RunRecordStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.boardpack.settings.BoardPackSettings;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Computes the pack model once from what load stored, and saves it (replacing any earlier save of this run). */
@Component
public class ComputePackTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ComputePackTasklet.class);
    private final CatalogueStore catalogue;
    private final FigureStore figures;
    private final RunRecordStore runs;
    private final PackStore packs;
    private final Clock clock;
    private final String authority;
    private final InputReading reading;
    private final int staleAfterDays;
    private final FaultInjection faults;

    public ComputePackTasklet(CatalogueStore catalogue, FigureStore figures, RunRecordStore runs, PackStore packs,
                              Clock clock, BoardPackSettings settings, InputReading reading, FaultInjection faults) {
        this.faults = faults;
        this.reading = reading;
        this.staleAfterDays = settings.recommendations().staleAfterDays();
        this.catalogue = catalogue;
        this.figures = figures;
        this.runs = runs;
        this.packs = packs;
        this.clock = clock;
        this.authority = settings.authority().name();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        PackRunParameters p = StepContextSupport.parameters(contribution);
        var indicators = catalogue.catalogue();
        Problems boardProblems = new Problems();
        BoardDefinition board = BoardDefinitionReader.read(p.templatesDir(), p.board(), indicators.keySet(), boardProblems);
        if (board == null || boardProblems.hasErrors()) {
            throw new InvalidInputException("The board definition cannot be used.\n"
                    + ProblemReport.format(boardProblems.all(), 50), boardProblems.all());
        }
        var held = figures.heldFor(runs.inputs(p.layout()));
        StepContextSupport.readCount(contribution, held.size());
        var warnings = runs.problems(p.layout()).stream().toList();
        // commentary and recommendation snapshots are read as validated (valid rows only when skipping invalid ones)
        var inputs = reading.read(p);
        PackModel pack = new PackBuilder(indicators, catalogue.targets(), new CurrentFigures(held))
                .withCommentary(inputs.commentary())
                .withRecommendations(inputs.recommendations(), staleAfterDays)
                .withBenchmarks(inputs.benchmarks())
                .withStyle(inputs.style())
                .build(board, authority, p.period(), p.revision(), LocalDateTime.now(clock), warnings);
        packs.save(pack, StepContextSupport.jobExecutionId(contribution));
        faults.midStep("compute");
        contribution.incrementWriteCount(pack.indicatorList().size());
        var counts = pack.ragCounts();
        log.info("Computed {} indicators for {} {}: {} Red, {} Amber, {} Green, {} without target; {} restatements",
                counts.total(), p.board(), p.period(), counts.red(), counts.amber(), counts.green(), counts.none(),
                pack.restatements().size());
        return RepeatStatus.FINISHED;
    }
}
