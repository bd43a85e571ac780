package org.boardpack.batch;

import java.time.Clock;
import java.time.YearMonth;

import org.boardpack.input.InputSet;
import org.boardpack.input.InputValidator;
import org.boardpack.settings.BoardPackSettings;
import org.springframework.stereotype.Component;

/** Reads and validates a run's inputs; the same reading serves the validate command and the job's steps. */
@Component
public class InputReading {

    private final Clock clock;
    private final String authorityCode;

    public InputReading(Clock clock, BoardPackSettings settings) {
        this.clock = clock;
        this.authorityCode = settings.authority().code();
    }

    public InputSet read(PackRunParameters p) {
        return InputValidator.read(p.inputDir(), p.templatesDir(), p.board(), p.period(), YearMonth.now(clock).plusMonths(1), authorityCode);
    }
}
