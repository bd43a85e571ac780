package org.boardpack.batch;

import java.time.LocalDateTime;
import java.time.YearMonth;

/** One job execution as the operator sees it in {@code status}; {@code mail} is false for a --no-mail run. */
public record ExecutionView(long executionId, long instanceId, String board, YearMonth period, int revision,
                            String status, LocalDateTime start, LocalDateTime end, String failedStep,
                            String error, String host, Long pid, boolean mail) {
}
