package org.boardpack.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows that several runs share (a snapshot file's bytes by SHA-256, a scorecard file version and its figures):
 * written in a transaction of their own, committed at once, so that runs of different boards at the same time
 * (run --all-boards) never wait on each other's long step transactions. When another run wrote the same row
 * first, its row is used. Such a row is never changed afterwards, so committing it early is safe.
 */
@Component
public class SharedRows {

    private final TransactionTemplate own;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public SharedRows(PlatformTransactionManager transactionManager) {
        this.own = new TransactionTemplate(transactionManager);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Runs {@code work} while no other run of this process works on the same key. Two boards of one
     * {@code run --all-boards} inserting the same shared row at once would otherwise meet on H2's row lock, and the
     * second would fail with a lock timeout while the first is still writing (a scorecard file's figures take longer
     * than H2's one second); so the second waits here and then finds the first's row.
     */
    public <T> T oneAtATime(String key, Supplier<T> work) {
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            return work.get();
        }
    }

    /** Runs {@code insert} on its own; if another run inserted the same key meanwhile, returns {@code existing}. */
    public <T> T insertOrFind(Supplier<T> insert, Supplier<T> existing) {
        try {
            return own.execute(s -> insert.get());
        } catch (DataIntegrityViolationException concurrent) {
            return own.execute(s -> existing.get());
        }
    }
}
