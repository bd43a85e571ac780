package org.boardpack.batch;

import java.time.Clock;
import java.time.YearMonth;

import org.boardpack.intake.InputSet;
import org.boardpack.intake.InputValidator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Reads and validates a run's inputs; the same reading serves the validate command and the job's steps. */
@Component
public class InputReading {

    private final Clock clock;
    private final String authorityCode;

    public InputReading(Clock clock, @Value("${boardpack.authority.code}") String authorityCode) {
        this.clock = clock;
        this.authorityCode = authorityCode;
    }

    public InputSet read(PackRunParameters p) {
        return InputValidator.read(p.inputDir(), p.templatesDir(), p.board(), p.period(), YearMonth.now(clock).plusMonths(1), authorityCode);
    }
}
