package org.boardpack.batch;

import java.time.Clock;
import java.time.YearMonth;

import org.boardpack.intake.InputSet;
import org.boardpack.intake.InputSnapshot;
import org.boardpack.intake.InputValidator;
import org.boardpack.settings.BoardPackSettings;
import org.springframework.stereotype.Component;

/** Reads and validates a run's inputs from its snapshot, never from the files on disk. */
@Component
public class InputReading {

    private final Clock clock;
    private final String authorityCode;

    public InputReading(Clock clock, BoardPackSettings settings) {
        this.clock = clock;
        this.authorityCode = settings.authority().code();
    }

    /** The run's inputs as its snapshot recorded them. */
    public InputSet read(PackRunParameters p, InputSnapshot.Opened snapshot) {
        return InputValidator.read(snapshot.inputDir(), snapshot.templatesDir(), p.board(), p.period(),
                YearMonth.now(clock).plusMonths(1), authorityCode, true);
    }

    /** The run's inputs without the scorecards (whose figures the load step stored), as its snapshot recorded them. */
    public InputSet readWithoutScorecards(PackRunParameters p, InputSnapshot.Opened snapshot) {
        return InputValidator.read(snapshot.inputDir(), snapshot.templatesDir(), p.board(), p.period(),
                YearMonth.now(clock).plusMonths(1), authorityCode, false);
    }
}
