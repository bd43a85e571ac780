package org.boardpack.batch;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.boardpack.settings.BoardPackSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At most one run per board and period (of an authority) in a job repository: a row in {@code bp_run_lock} per
 * board and period, taken by a conditional update in its own transaction (so it works the same on H2 and
 * PostgreSQL, and two processes can never both see it free). Different boards, or periods, run at the same time
 * (in one process with {@code run --all-boards}, or in several); the same board and period never twice.
 *
 * <p>A holder that is gone is recognised and replaced: on this host by its process id and the process's start
 * time (a pid reused by a younger process after a reboot is not the holder), on another host (a container's name
 * changes on every start) by its lease, which the holder renews every third of {@code boardpack.lock.lease} while
 * it runs. Lease times come from the database's clock, not the application's (which may be fixed for
 * reproducible packs, and differs between hosts).
 */
@Component
public class RunLock {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    /** Start times read from the OS are rounded differently on each read; a real reuse differs by far more. */
    private static final long START_TIME_SLACK_MS = 2000;

    /** Who holds (or held) the lock. */
    public record Holder(String key, String host, long pid, long processStartMs, Long jobExecutionId, String purpose,
                         long acquiredMs, long renewedMs, long leaseMs) {

        public String describe() {
            return (jobExecutionId == null ? "" : "execution " + jobExecutionId + " ") + "(" + purpose + ") on host " + host
                    + ", process " + pid + ", started " + TIME.format(Instant.ofEpochMilli(acquiredMs));
        }
    }

    /** Whether a holder is still there, and why we think so. */
    public record Verdict(boolean gone, String reason) {
    }

    /** The lock while this process holds it; closing releases it. */
    public final class Hold implements AutoCloseable {
        private final Holder me;
        private final ScheduledExecutorService renewer;
        private final Holder replaced;

        private Hold(Holder me, Holder replaced) {
            this.me = me;
            this.replaced = replaced;
            this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "boardpack-lock-renewal");
                t.setDaemon(true);
                return t;
            });
            long every = Math.max(1000, me.leaseMs() / 3);
            renewer.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
        }

        /** The holder this process took the lock from because it was gone, if any. */
        public Optional<Holder> replaced() {
            return Optional.ofNullable(replaced);
        }

        /** Records which execution holds the lock (known only once the job has started). */
        public void attach(long jobExecutionId) {
            ownTransaction.executeWithoutResult(s -> jdbc.sql("UPDATE bp_run_lock SET job_execution_id = ? WHERE lock_name = ? AND "
                    + MINE).params(jobExecutionId, me.key(), me.host(), me.pid(), me.processStartMs()).update());
        }

        private void renew() {
            try {
                int n = ownTransaction.execute(s -> jdbc.sql("UPDATE bp_run_lock SET renewed_ms = ? WHERE lock_name = ? AND " + MINE)
                        .params(databaseNowMs(), me.key(), me.host(), me.pid(), me.processStartMs()).update());
                if (n == 0) log.error("The run lock is no longer held by this process (abandoned by hand?): finish or stop this run");
            } catch (RuntimeException e) {
                log.warn("Could not renew the run lock: {}", e.getMessage());
            }
        }

        @Override
        public void close() {
            renewer.shutdownNow();
            if (current.get() == this) current.remove();
            try {
                ownTransaction.executeWithoutResult(s -> jdbc.sql("UPDATE bp_run_lock SET " + FREE + " WHERE lock_name = ? AND " + MINE)
                        .params(me.key(), me.host(), me.pid(), me.processStartMs()).update());
            } catch (RuntimeException e) {
                log.warn("Could not release the run lock (the next run will see this process has ended): {}", e.getMessage());
            }
        }
    }

    /** The outcome of {@link #acquire}: a hold, or the live holder that refused us. */
    public record Attempt(Hold hold, Holder heldBy, String why) {
        public boolean acquired() {
            return hold != null;
        }
    }

    private static final String MINE = "host = ? AND pid = ? AND process_start_ms = ?";
    private static final String FREE = "host = NULL, pid = NULL, process_start_ms = NULL, job_execution_id = NULL, purpose = NULL, "
            + "acquired_ms = NULL, renewed_ms = NULL, lease_ms = NULL";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Duration lease;
    /** The hold of the run on this thread, while it has one (a thread runs one job at a time; the job runs on it). */
    private final ThreadLocal<Hold> current = new ThreadLocal<>();

    public RunLock(JdbcClient jdbc, PlatformTransactionManager transactionManager, BoardPackSettings settings) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.lease = settings.lock().lease();
    }

    /** The lock of one board and period of an authority, e.g. "822/improvement-board/2026-10". */
    public static String key(String authority, String board, java.time.YearMonth period) {
        return authority + "/" + board + "/" + period;
    }

    /** Takes the lock of {@code key} (see {@link #key}) if it is free or its holder is gone; never waits. */
    public Attempt acquire(String key, String purpose) {
        ensureRow(key);
        Holder me = new Holder(key, ProcessIdentity.host(), ProcessIdentity.pid(), ProcessIdentity.startMs(), null,
                clip(purpose), 0, 0, lease.toMillis());
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Holder> current = holder(key);
            if (current.isEmpty()) {
                if (take(me, "pid IS NULL")) return held(new Hold(me, null));
                continue; // someone took it between the read and the update: look again
            }
            Holder h = current.get();
            Verdict v = judge(h);
            if (!v.gone()) return new Attempt(null, h, v.reason());
            log.warn("The run lock was held by {}, which is gone ({}): taking it over", h.describe(), v.reason());
            if (take(me, MINE, h.host(), h.pid(), h.processStartMs())) return held(new Hold(me, h));
        }
        Holder h = holder(key).orElse(null);
        return new Attempt(null, h, "the lock changed hands while it was being taken");
    }

    private Attempt held(Hold hold) {
        current.set(hold);
        return new Attempt(hold, null, null);
    }

    /** Records the execution on this process's hold, if it has one. */
    void attachCurrent(long jobExecutionId) {
        Hold h = current.get();
        if (h != null) h.attach(jobExecutionId);
    }

    /** The current holder of the lock {@code key}, if it is held. */
    public Optional<Holder> holder(String key) {
        return holders(key).stream().findFirst();
    }

    /** Every held lock of the repository (the legacy whole-repository row included, if an old release holds it). */
    public java.util.List<Holder> holders() {
        return holders(null);
    }

    private java.util.List<Holder> holders(String key) {
        return ownTransaction.execute(s -> jdbc.sql("SELECT lock_name, host, pid, process_start_ms, job_execution_id, purpose, acquired_ms, "
                        + "renewed_ms, lease_ms FROM bp_run_lock WHERE pid IS NOT NULL" + (key == null ? "" : " AND lock_name = :key"))
                .params(key == null ? java.util.Map.of() : java.util.Map.of("key", key))
                .query((rs, n) -> new Holder(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5) == null ? null : rs.getLong(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))
                .list());
    }

    /** Whether the holder is gone: by process and start time on this host, by its lease elsewhere. */
    public Verdict judge(Holder h) {
        if (h.host().equals(ProcessIdentity.host())) {
            return ProcessIdentity.judge(h.pid(), h.processStartMs(), START_TIME_SLACK_MS);
        }
        long now = databaseNowMs();
        long expires = h.renewedMs() + h.leaseMs();
        if (now > expires) {
            return new Verdict(true, "it runs on another host and its lease expired at "
                    + TIME.format(Instant.ofEpochMilli(expires)) + " without being renewed");
        }
        return new Verdict(false, "it runs on another host and renewed its lease at " + TIME.format(Instant.ofEpochMilli(h.renewedMs()))
                + " (it is taken as gone if not renewed by " + TIME.format(Instant.ofEpochMilli(expires)) + ")");
    }

    /** Frees the lock whoever holds it: for {@code abandon}, when a person has decided the holder is gone. */
    public boolean releaseHeldBy(long jobExecutionId) {
        return ownTransaction.execute(s -> jdbc.sql("UPDATE bp_run_lock SET " + FREE + " WHERE job_execution_id = ?")
                .params(jobExecutionId).update()) > 0;
    }

    private boolean take(Holder me, String condition, Object... conditionParams) {
        Object[] params = new Object[8 + conditionParams.length];
        long now = databaseNowMs();
        Object[] values = {me.host(), me.pid(), me.processStartMs(), me.purpose(), now, now, me.leaseMs(), me.key()};
        System.arraycopy(values, 0, params, 0, values.length);
        System.arraycopy(conditionParams, 0, params, values.length, conditionParams.length);
        return ownTransaction.execute(s -> jdbc.sql("UPDATE bp_run_lock SET host = ?, pid = ?, process_start_ms = ?, "
                + "job_execution_id = NULL, purpose = ?, acquired_ms = ?, renewed_ms = ?, lease_ms = ? WHERE lock_name = ? AND "
                + condition).params(params).update()) == 1;
    }

    private void ensureRow(String key) {
        try {
            ownTransaction.executeWithoutResult(s -> {
                boolean exists = jdbc.sql("SELECT COUNT(*) FROM bp_run_lock WHERE lock_name = ?").param(key)
                        .query(Long.class).single() > 0;
                if (!exists) jdbc.sql("INSERT INTO bp_run_lock (lock_name) VALUES (?)").param(key).update();
            });
        } catch (DuplicateKeyException e) {
            // another process created it at the same moment
        }
    }

    private long databaseNowMs() {
        return ownTransaction.execute(s -> jdbc.sql("SELECT CURRENT_TIMESTAMP").query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .single()).toInstant().toEpochMilli();
    }

    private static String clip(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }
}
