package org.boardpack.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.boardpack.input.InputProblem;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.view.PackView;
import org.junit.jupiter.api.Test;

/** The data-quality sheet mentions --skip-invalid only when the run left rejected rows out. */
class DataQualityNoteTest {

    @Test
    void saysSkipInvalidOnlyWhenRowsWereRejected() {
        PackModel sample = SamplePack.sample();
        assertThat(sample.inputWarnings()).noneMatch(InputProblem::isError);
        assertThat(DataQualitySheet.note(PackView.of(sample))).doesNotContain("--skip-invalid")
                .startsWith("No input rows were rejected");

        List<InputProblem> warnings = new ArrayList<>(sample.inputWarnings());
        warnings.add(InputProblem.error("scorecards/2026-10.csv", 7, "value", "abc", "a number"));
        PackModel skipped = new PackModel(sample.boardId(), sample.boardTitle(), sample.boardDescription(),
                sample.authority(), sample.period(), sample.revision(), sample.producedAt(), sample.marking(),
                sample.sections(), sample.restatements(), warnings, sample.recommendations(), sample.style());
        assertThat(DataQualitySheet.note(PackView.of(skipped)))
                .startsWith("1 rejected row was left out of the pack (the run used --skip-invalid)");

        // a row with two errors is one row; a file with an error of its own (not read) is named as a file
        warnings.add(InputProblem.error("scorecards/2026-10.csv", 7, "numerator", "x", "a number"));
        warnings.add(InputProblem.error("scorecards/2026-10.csv", 9, "period", "2062-10", "the file's month"));
        warnings.add(InputProblem.error("commentary/2026-10.csv", 0, "", "not UTF-8", "save it as UTF-8"));
        PackModel more = new PackModel(sample.boardId(), sample.boardTitle(), sample.boardDescription(),
                sample.authority(), sample.period(), sample.revision(), sample.producedAt(), sample.marking(),
                sample.sections(), sample.restatements(), warnings, sample.recommendations(), sample.style());
        assertThat(PackView.of(more).rejectedRows()).isEqualTo(2);
        assertThat(DataQualitySheet.note(PackView.of(more))).isEqualTo("2 rejected rows and 1 rejected input file were left out of the pack (the run used --skip-invalid); validation.csv lists every problem found and "
                + "rejects.csv every row left out.");
    }
}
