package org.boardpack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.settings.BoardPackSettings;
import org.boardpack.settings.FileMode;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The run lock is one per board and period: different boards run at once, the same board and period never twice. */
class RunLockPerBoardTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Test
    void differentBoardsHoldTheirOwnLocksButTheSameBoardAndPeriodIsRefused() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:runlock" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        JdbcClient jdbc = JdbcClient.create(ds);
        for (String file : List.of("V2__run_lock.sql", "V6__run_lock_per_board.sql")) {
            for (String sql : Files.readString(Path.of("src/main/resources/db/migration", file)).replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) jdbc.sql(sql).update();
            }
        }
        RunLock lock = new RunLock(jdbc, new DataSourceTransactionManager(ds), settings());

        RunLock.Attempt improvement = lock.acquire(RunLock.key("822", "improvement-board", OCTOBER), "run improvement-board");
        RunLock.Attempt parenting = lock.acquire(RunLock.key("822", "corporate-parenting", OCTOBER), "run corporate-parenting");
        assertThat(improvement.acquired()).isTrue();
        assertThat(parenting.acquired()).as("another board runs at the same time").isTrue();

        RunLock.Attempt again = lock.acquire(RunLock.key("822", "improvement-board", OCTOBER), "run improvement-board");
        assertThat(again.acquired()).as("the same board and period is held by a live process").isFalse();
        assertThat(again.heldBy().purpose()).isEqualTo("run improvement-board");
        assertThat(lock.acquire(RunLock.key("822", "improvement-board", OCTOBER.plusMonths(1)), "next month").acquired())
                .as("another period of the same board").isTrue();

        improvement.hold().close();
        assertThat(lock.acquire(RunLock.key("822", "improvement-board", OCTOBER), "after release").acquired()).isTrue();
        assertThat(lock.holders()).extracting(RunLock.Holder::key).containsExactlyInAnyOrder("822/improvement-board/2026-10",
                "822/corporate-parenting/2026-10", "822/improvement-board/2026-11");
    }

    private static BoardPackSettings settings() {
        return new BoardPackSettings(new BoardPackSettings.Authority("Test", "822"), "improvement-board", Path.of("data"),
                Path.of("logs"), new BoardPackSettings.Validation(50), new BoardPackSettings.Recommendations(60),
                new BoardPackSettings.Completeness(100), null, new BoardPackSettings.Output(FileMode.valueOf("rw-r-----")),
                new BoardPackSettings.RunLock(Duration.ofMinutes(5)), new BoardPackSettings.FaultInjection("", 0, ""),
                "%nopex", List.of("xlsx"), null, new BoardPackSettings.SmallNumbers(20), List.of(), 0,
                new BoardPackSettings.Suppression(4, "[c]"), 0);
    }
}
