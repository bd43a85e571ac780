package org.boardpack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code status} (and every listing of runs) reads the executions in one statement, however many there are, and
 * reads each one's board, period, revision, failed step, error and process as the job repository recorded them.
 */
class RecordedExecutionsTest {

    private final AtomicInteger statements = new AtomicInteger();
    private JdbcClient db;
    private RecordedExecutions recorded;

    @BeforeEach
    void repository() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:recorded-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql")).execute(h2);
        db = JdbcClient.create(h2);
        db.sql("CREATE TABLE bp_run_process (job_execution_id BIGINT PRIMARY KEY, host VARCHAR(255) NOT NULL, "
                + "pid BIGINT NOT NULL, started_at TIMESTAMP NOT NULL)").update();
        recorded = new RecordedExecutions(JdbcClient.create(counting(h2)));
    }

    /** Counts every statement prepared or created on the connections it hands out. */
    private DataSource counting(DataSource target) {
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                Connection c = super.getConnection();
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                                statements.incrementAndGet();
                            }
                            try {
                                return method.invoke(c, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    private long instance = 0;
    private long step = 0;

    /** One execution of a new run of the board, with the given steps (name:status:exit message). */
    private long execution(String board, String period, int revision, String status, String exitMessage, String... steps) {
        long i = ++instance;
        db.sql("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (?, 0, ?, ?)")
                .params(i, BoardPackJobConfiguration.JOB_NAME, "key" + i).update();
        return executionOf(i, board, period, revision, status, exitMessage, steps);
    }

    private long executionOf(long instanceId, String board, String period, int revision, String status, String exitMessage,
                             String... steps) {
        long e = db.sql("SELECT COALESCE(MAX(JOB_EXECUTION_ID), 0) + 1 FROM BATCH_JOB_EXECUTION").query(Long.class).single();
        LocalDateTime start = LocalDateTime.of(2026, 11, 2, 6, 0).plusMinutes(e);
        db.sql("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, START_TIME, END_TIME, "
                        + "STATUS, EXIT_CODE, EXIT_MESSAGE) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)")
                .params(e, instanceId, start, start, status.equals("STARTED") ? null : start.plusSeconds(9), status, status,
                        exitMessage).update();
        String[][] params = {{"authority", "822"}, {"board", board}, {"period", period}, {"revision", String.valueOf(revision)},
                {"mail", "true"}, {"output", "/srv/boardpack/output"}};
        for (String[] p : params) {
            db.sql("INSERT INTO BATCH_JOB_EXECUTION_PARAMS VALUES (?, ?, ?, ?, ?)")
                    .params(e, p[0], p[0].equals("revision") ? "java.lang.Long" : "java.lang.String", p[1], "Y").update();
        }
        for (String s : steps) {
            String[] parts = s.split(":", 3);
            db.sql("INSERT INTO BATCH_STEP_EXECUTION (STEP_EXECUTION_ID, VERSION, STEP_NAME, JOB_EXECUTION_ID, CREATE_TIME, "
                            + "STATUS, EXIT_MESSAGE) VALUES (?, 1, ?, ?, ?, ?, ?)")
                    .params(++step, parts[0], e, start, parts[1], parts.length > 2 ? parts[2] : "").update();
        }
        db.sql("INSERT INTO bp_run_process VALUES (?, 'build-host', ?, ?)").params(e, 4000 + e, start).update();
        return e;
    }

    private int statementsToList() {
        statements.set(0);
        recorded.all();
        return statements.get();
    }

    @Test
    void oneStatementWhateverTheNumberOfExecutions() {
        execution("improvement-board", "2026-09", 1, "COMPLETED", "", "validate:COMPLETED", "manifest:COMPLETED");
        int withOne = statementsToList();
        for (int i = 0; i < 40; i++) {
            execution("board-" + i, "2026-10", 1, "FAILED", "", "validate:COMPLETED", "write-pdf:FAILED:java.io.IOException: disk full");
        }
        assertThat(recorded.all()).hasSize(41);
        assertThat(withOne).isEqualTo(1);
        assertThat(statementsToList()).isEqualTo(1);
    }

    @Test
    void eachExecutionAsRecorded() {
        long first = execution("improvement-board", "2026-10", 1, "FAILED", "",
                "validate:COMPLETED", "write-excel:COMPLETED",
                "write-pdf:FAILED:java.lang.IllegalStateException: Fault injection: step write-pdf failed\n\tat org.boardpack.X.y(X.java:1)");
        long second = executionOf(instance, "improvement-board", "2026-10", 1, "STOPPED", "",
                "write-pdf:COMPLETED", "distribute:STOPPED:org.springframework.batch.core.job.JobInterruptedException: Stopped");
        long crashed = execution("corporate-parenting", "2026-10", 2, "FAILED", "", "validate:COMPLETED", "load:FAILED:");
        long done = execution("corporate-parenting", "2026-09", 1, "COMPLETED", "", "manifest:COMPLETED");

        List<RecordedExecutions.Row> rows = recorded.all();
        assertThat(rows).extracting(r -> r.view().executionId()).containsExactly(done, crashed, second, first);
        ExecutionView f = rows.get(3).view();
        assertThat(f.board()).isEqualTo("improvement-board");
        assertThat(f.period()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(f.revision()).isEqualTo(1);
        assertThat(f.status()).isEqualTo("FAILED");
        assertThat(f.failedStep()).isEqualTo("write-pdf");
        assertThat(f.error()).isEqualTo("Fault injection: step write-pdf failed");
        assertThat(f.host()).isEqualTo("build-host");
        assertThat(f.pid()).isEqualTo(4000 + first);
        assertThat(f.mail()).isTrue();
        assertThat(f.start()).isEqualTo(LocalDateTime.of(2026, 11, 2, 6, 0).plusMinutes(first));
        assertThat(f.end()).isEqualTo(LocalDateTime.of(2026, 11, 2, 6, 0, 9).plusMinutes(first));
        assertThat(rows.get(3).authority()).isEqualTo("822");

        ExecutionView s = rows.get(2).view();
        assertThat(s.instanceId()).isEqualTo(f.instanceId());
        assertThat(s.failedStep()).isEqualTo("distribute");
        assertThat(s.error()).isEqualTo("stopped on request (SIGTERM or stop); restart resumes it");

        ExecutionView c = rows.get(1).view();
        assertThat(c.revision()).isEqualTo(2);
        assertThat(c.failedStep()).isEqualTo("load");
        assertThat(c.error()).isEqualTo(JobRunner.CRASHED); // failed with no message: the process ended

        ExecutionView d = rows.get(0).view();
        assertThat(d.status()).isEqualTo("COMPLETED");
        assertThat(d.failedStep()).isNull();
        assertThat(d.error()).isNull();
    }
}
