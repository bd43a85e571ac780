package org.boardpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;

import org.boardpack.batch.Outcome;
import org.boardpack.batch.PackRunParameters;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

    private static final PackRunParameters RUN = new PackRunParameters("E10000016", "improvement-board",
            YearMonth.of(2026, 10), 1, Path.of("input"), Path.of("templates"), Path.of("output"), false, true);

    @Test
    void aFailedOrInvalidRunIsToldToFixTheCauseAndHowToResume() {
        String expected = "Fix the cause, then run the same command again (or: boardpack restart --board "
                + "improvement-board --period 2026-10) to resume from the failed step.";
        assertThat(RunSummary.nextStep(Outcome.FAILED, RUN)).contains(expected);
        assertThat(RunSummary.nextStep(Outcome.INVALID_INPUT, RUN)).contains(expected);
    }

    @Test
    void aStoppedRunOrOneWaitingForFiguresOrMailHasNoCauseToFix() {
        for (Outcome o : new Outcome[] {Outcome.STOPPED, Outcome.NO_FIGURES, Outcome.DELIVERY_UNCONFIRMED,
                Outcome.COMPLETED}) {
            assertThat(RunSummary.nextStep(o, RUN)).as(o.name()).isEmpty();
        }
    }
}
