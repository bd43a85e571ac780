package org.boardpack.batch;

import org.boardpack.input.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.boardpack.input.InputPaths;
import org.boardpack.output.FileHashes;
import org.boardpack.intake.InputSet;
import org.boardpack.input.ProblemReport;
import org.boardpack.input.ScorecardRow;
import org.boardpack.store.CatalogueStore;
import org.boardpack.store.FigureStore;
import org.boardpack.store.RunRecordStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Loads the catalogue, targets and every scorecard file into the store. A file version already held (same path
 * and SHA-256) is not loaded again, so rerunning the step never duplicates rows.
 */
@Component
public class LoadFiguresTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(LoadFiguresTasklet.class);
    private final InputReading reading;
    private final FigureStore figures;
    private final CatalogueStore catalogue;
    private final RunRecordStore runs;
    private final Clock clock;
    private final FaultInjection faults;

    public LoadFiguresTasklet(InputReading reading, FigureStore figures, CatalogueStore catalogue,
                              RunRecordStore runs, Clock clock, FaultInjection faults) {
        this.faults = faults;
        this.reading = reading;
        this.figures = figures;
        this.catalogue = catalogue;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        PackRunParameters p = StepContextSupport.parameters(contribution);
        InputSet inputs = reading.read(p);
        if (inputs.problems().hasErrors() && !p.skipInvalid()) {
            throw new InvalidInputException("The inputs changed since validation and now have errors; nothing was loaded.\n"
                    + ProblemReport.format(inputs.problems().all(), 50), inputs.problems().all());
        }
        catalogue.replace(inputs.catalogue(), inputs.targets());
        Map<String, List<ScorecardRow>> rowsByFile = inputs.scorecards().rows().stream()
                .collect(Collectors.groupingBy(ScorecardRow::file));
        List<Long> fileIds = new ArrayList<>();
        int newFiles = 0;
        int rowsWritten = 0;
        for (Path file : inputs.scorecards().files()) {
            String path = p.inputDir().relativize(file).toString().replace('\\', '/');
            String sha = FileHashes.sha256(file);
            var existing = figures.findFileVersion(path, sha);
            if (existing.isPresent()) {
                fileIds.add(existing.get());
                continue;
            }
            List<ScorecardRow> rows = rowsByFile.getOrDefault(InputPaths.display(file), List.of());
            var issue = rows.isEmpty() ? p.period() : rows.get(0).issueMonth();
            fileIds.add(figures.insertFileVersion(path, sha, issue, Files.size(file), rows,
                    StepContextSupport.jobExecutionId(contribution), LocalDateTime.now(clock)));
            newFiles++;
            rowsWritten += rows.size();
            if (newFiles == 1) faults.midStep("load");
        }
        runs.replaceInputs(p.layout(), fileIds);
        StepContextSupport.readCount(contribution, inputs.scorecards().rowsRead());
        contribution.incrementWriteCount(rowsWritten);
        log.info("Loaded {} indicators, {} targets; {} scorecard files ({} new, {} already held), {} new rows",
                inputs.catalogue().size(), inputs.targets().size(), fileIds.size(), newFiles,
                fileIds.size() - newFiles, rowsWritten);
        return RepeatStatus.FINISHED;
    }

}
