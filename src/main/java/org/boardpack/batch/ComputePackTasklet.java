package org.boardpack.batch;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.input.InputPaths;
import org.boardpack.input.InputProblem;
import org.boardpack.input.InvalidInputException;
import org.boardpack.input.ProblemReport;
import org.boardpack.intake.InputSet;
import org.boardpack.intake.InputSnapshot;
import org.boardpack.pack.CurrentFigures;
import org.boardpack.pack.PackBuilder;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.Edition;
import org.boardpack.pack.Suppression;
import org.boardpack.input.BoardDefinition;
import org.boardpack.mail.BoardMember;
import org.boardpack.mail.BoardMembersReader;
import org.boardpack.store.FigureStore;
import org.boardpack.store.PackStore;
import org.boardpack.store.RunRecordStore;
import org.boardpack.store.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.boardpack.settings.BoardPackSettings;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Computes the pack model once from the run's snapshot (catalogue, targets, board, commentary, recommendations,
 * benchmarks, style) and the figures load stored from it, and saves it (replacing any earlier save of this run).
 */
@Component
public class ComputePackTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ComputePackTasklet.class);
    private static final DateTimeFormatter LOADED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final RunSnapshots snapshots;
    private final SnapshotStore snapshotStore;
    private final FigureStore figures;
    private final RunRecordStore runs;
    private final PackStore packs;
    private final Clock clock;
    private final String authority;
    private final int smallNumbers;
    private final InputReading reading;
    private final int staleAfterDays;
    private final FaultInjection faults;
    private final Suppression suppression;

    public ComputePackTasklet(RunSnapshots snapshots, SnapshotStore snapshotStore, FigureStore figures,
                              RunRecordStore runs, PackStore packs, Clock clock, BoardPackSettings settings,
                              InputReading reading, FaultInjection faults) {
        this.faults = faults;
        this.reading = reading;
        this.staleAfterDays = settings.recommendations().staleAfterDays();
        this.snapshots = snapshots;
        this.snapshotStore = snapshotStore;
        this.figures = figures;
        this.runs = runs;
        this.packs = packs;
        this.clock = clock;
        this.authority = settings.authority().name();
        this.smallNumbers = settings.smallNumbers().denominator();
        this.suppression = new Suppression(settings.suppression().maxSuppressed(), settings.suppression().code());
    }

    /** The editions the run builds: those the board's definition lists, and any one of its members receives. */
    static List<Edition> editions(BoardDefinition board, List<BoardMember> members, String boardId) {
        java.util.Set<Edition> editions = java.util.EnumSet.noneOf(Edition.class);
        board.editions().stream().map(Edition::parse).filter(java.util.Objects::nonNull).forEach(editions::add);
        BoardMembersReader.forBoard(members, boardId).forEach(m -> editions.add(m.edition()));
        return List.copyOf(editions);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        PackRunParameters p = StepContextSupport.parameters(contribution);
        SnapshotStore.Stored stored = snapshots.require(contribution);
        InputSet inputs;
        List<BoardMember> members;
        try (InputSnapshot.Opened files = stored.snapshot().open()) {
            // commentary and recommendation snapshots are read as validated (valid rows only when skipping invalid ones)
            inputs = reading.readWithoutScorecards(p, files);
            members = java.nio.file.Files.isRegularFile(BoardMembersReader.fileFor(files.inputDir()))
                    ? BoardMembersReader.read(files.inputDir(), java.util.Set.of(), new org.boardpack.input.Problems()) : List.of();
        }
        if (inputs.board() == null) {
            throw new InvalidInputException("The board definition cannot be used.\n"
                    + ProblemReport.format(inputs.problems().all(), 50), inputs.problems().all());
        }
        FigureStore.Held held = figures.heldFor(snapshotStore.figureFiles(stored.id()),
                p.period().minusMonths(PackBuilder.SERIES_MONTHS - 1L), p.period());
        StepContextSupport.readCount(contribution, held.figures().size());
        List<InputProblem> warnings = new ArrayList<>(runs.problems(p.layout()));
        for (FigureStore.Withdrawn w : held.withdrawn()) {
            String file = InputPaths.display(stored.snapshot().inputDir().resolve(w.path()));
            String name = file.substring(file.lastIndexOf('/') + 1);
            warnings.add(InputProblem.warning(file, 0, "indicator_id",
                    w.indicatorId() + " " + w.period() + (w.team().isEmpty() ? "" : " (team " + w.team() + ")")
                            + " was in " + name + " at " + LOADED.format(w.loadedAt()) + " and is not in the current file",
                    "the figure is not used; if the row was removed by mistake, put it back and reissue"));
        }
        PackModel pack = new PackBuilder(inputs.catalogue(), inputs.targets(), new CurrentFigures(held.figures()))
                .withCommentary(inputs.commentary())
                .withRecommendations(inputs.recommendations(), staleAfterDays)
                .withBenchmarks(inputs.benchmarks())
                .withStyle(inputs.style())
                .withSmallNumbers(smallNumbers)
                .withRebases(inputs.rebases())
                .build(inputs.board(), authority, p.period(), p.revision(), LocalDateTime.now(clock), warnings)
                .withEditions(editions(inputs.board(), members, p.board()), suppression);
        packs.save(pack, StepContextSupport.jobExecutionId(contribution));
        faults.midStep("compute");
        contribution.incrementWriteCount(pack.indicatorList().size());
        var counts = pack.ragCounts();
        log.info("Editions: {}", pack.editions().stream().map(Edition::id).toList());
        log.info("Computed {} indicators for {} {}: {} Red, {} Amber, {} Green, {} without target; {} restatements; {} withdrawn rows",
                counts.total(), p.board(), p.period(), counts.red(), counts.amber(), counts.green(), counts.none(),
                pack.restatements().size(), held.withdrawn().size());
        return RepeatStatus.FINISHED;
    }
}
