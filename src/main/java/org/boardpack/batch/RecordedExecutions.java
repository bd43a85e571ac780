package org.boardpack.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The board pack job's executions as {@code status} lists them, read in one query over Spring Batch's tables (and
 * the process record): the job repository's own calls would load every execution's parameters, steps and
 * contexts one execution at a time.
 */
@Component
public class RecordedExecutions {

    /**
     * Every execution of the job, newest first, with its identifying parameters, its last failed or stopped step
     * (and that step's exit message) and the process that ran it.
     */
    private static final String QUERY = """
            SELECT e.JOB_EXECUTION_ID, e.JOB_INSTANCE_ID, e.STATUS, e.START_TIME, e.CREATE_TIME, e.END_TIME, e.EXIT_MESSAGE,
                   s.STEP_NAME, s.STATUS AS STEP_STATUS, s.EXIT_MESSAGE AS STEP_EXIT_MESSAGE, r.host, r.pid,
                   (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
                     WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'authority') AS AUTHORITY,
                   (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
                     WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'board') AS BOARD,
                   (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
                     WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'period') AS PERIOD,
                   (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
                     WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'revision') AS REVISION,
                   (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
                     WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'mail') AS MAIL
              FROM BATCH_JOB_EXECUTION e
              JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
              LEFT JOIN BATCH_STEP_EXECUTION s ON s.STEP_EXECUTION_ID = (
                   SELECT MAX(f.STEP_EXECUTION_ID) FROM BATCH_STEP_EXECUTION f
                    WHERE f.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND f.STATUS IN ('FAILED', 'STOPPED'))
              LEFT JOIN bp_run_process r ON r.job_execution_id = e.JOB_EXECUTION_ID
             WHERE i.JOB_NAME = ?
             ORDER BY e.JOB_EXECUTION_ID DESC
            """;

    /** One row of the query: the execution and the run's authority (null for runs of release 0.1.0). */
    record Row(ExecutionView view, String authority) {
    }

    private final JdbcClient jdbc;

    public RecordedExecutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every execution of the board pack job, newest first. */
    List<Row> all() {
        return jdbc.sql(QUERY).param(BoardPackJobConfiguration.JOB_NAME).query((rs, n) -> row(rs)).list();
    }

    private static Row row(ResultSet rs) throws SQLException {
        String status = rs.getString("STATUS");
        String failedStep = rs.getString("STEP_NAME");
        String error = null;
        if (failedStep != null) {
            error = ErrorMessages.firstMessage(rs.getString("STEP_EXIT_MESSAGE"));
            if (error == null && "FAILED".equals(rs.getString("STEP_STATUS"))) error = JobRunner.CRASHED;
        }
        if (error == null && ("FAILED".equals(status) || "STOPPED".equals(status))) {
            error = ErrorMessages.firstMessage(rs.getString("EXIT_MESSAGE"));
            // recovered by an earlier release, which recorded no description
            if (error == null && "FAILED".equals(status)) error = JobRunner.CRASHED;
        }
        LocalDateTime start = time(rs, "START_TIME");
        String period = rs.getString("PERIOD");
        String revision = rs.getString("REVISION");
        long pid = rs.getLong("pid");
        Long processId = rs.wasNull() ? null : pid;
        ExecutionView view = new ExecutionView(rs.getLong("JOB_EXECUTION_ID"), rs.getLong("JOB_INSTANCE_ID"),
                rs.getString("BOARD"), period == null ? null : YearMonth.parse(period),
                revision == null ? 0 : Integer.parseInt(revision), status, start == null ? time(rs, "CREATE_TIME") : start,
                time(rs, "END_TIME"), failedStep, error, rs.getString("host"), processId, !"false".equals(rs.getString("MAIL")));
        return new Row(view, rs.getString("AUTHORITY"));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
