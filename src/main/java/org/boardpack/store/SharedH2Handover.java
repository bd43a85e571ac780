package org.boardpack.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Keeps an H2 file database (AUTO_SERVER) open until the other processes using it have finished.
 *
 * <p>With {@code AUTO_SERVER=TRUE} the first process to open {@code data/boardpack.mv.db} holds the file and serves
 * it to the others over TCP. When that process ends, the others lose their connection, and H2 reconnects only
 * outside a transaction, so a run of another board in a second process would fail mid-step. So the holder, when
 * its context closes (before its connection pool does), waits while other processes are connected, for at most
 * {@link #MAX_WAIT}; a SIGTERM ends the wait at once. PostgreSQL and in-memory databases are left alone.
 */
@Component
public class SharedH2Handover implements DisposableBean {

    static final Duration MAX_WAIT = Duration.ofHours(2);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration REPORT_EVERY = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(SharedH2Handover.class);

    private static final AtomicBoolean terminating = new AtomicBoolean();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> terminating.set(true), "boardpack-h2-handover"));
        } catch (IllegalStateException alreadyShuttingDown) {
            terminating.set(true);
        }
    }

    private final DataSource dataSource;

    public SharedH2Handover(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void destroy() {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        long nextReport = 0;
        try {
            while (!terminating.get()) {
                int others = otherProcessesConnected();
                if (others == 0) return;
                if (System.nanoTime() >= deadline) {
                    log.warn("Stopped waiting after {} for {} other process(es) using the H2 job repository; they lose "
                            + "their connection now and their runs can be restarted", MAX_WAIT, others);
                    return;
                }
                if (System.nanoTime() >= nextReport) {
                    log.info("Waiting for {} other boardpack process(es) to finish: this process holds the H2 database "
                            + "file they use (AUTO_SERVER), and they would lose it if this process ended now", others);
                    nextReport = System.nanoTime() + REPORT_EVERY.toNanos();
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            log.debug("Could not check for other processes using the H2 database", e);
        }
    }

    /**
     * The sessions of other processes when this process holds the file: its own sessions are embedded (no
     * server), theirs come through its TCP server. Zero when this process is itself a client, or not on H2.
     */
    int otherProcessesConnected() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            if (url == null || !url.toUpperCase(Locale.ROOT).startsWith("JDBC:H2:")) return 0;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT (SELECT SERVER IS NULL FROM INFORMATION_SCHEMA.SESSIONS "
                         + "WHERE SESSION_ID = SESSION_ID()), (SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS "
                         + "WHERE SERVER IS NOT NULL)")) {
                if (!rs.next() || !rs.getBoolean(1)) return 0;
                return rs.getInt(2);
            }
        }
    }
}
