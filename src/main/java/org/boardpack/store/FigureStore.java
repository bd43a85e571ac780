package org.boardpack.store;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.boardpack.indicators.Figure;
import org.boardpack.input.ScorecardRow;
import org.boardpack.output.StopRequest;
import org.boardpack.pack.HeldFigure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Loaded scorecard figures. Each distinct version of a file (its source folder, path and SHA-256) is loaded once;
 * a changed file is a new version and the old figures stay, so a restatement is never an overwrite. Versions of
 * another source folder are never mixed in.
 */
@Repository
public class FigureStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final SharedRows shared;

    public FigureStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, SharedRows shared) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.shared = shared;
    }

    public Optional<Long> findFileVersion(String source, String path, String sha256) {
        return jdbc.sql("SELECT id FROM bp_input_file WHERE source = ? AND path = ? AND sha256 = ?")
                .params(source, path, sha256).query(Long.class).optional();
    }

    /** A file's valid rows, handed over one at a time (a file may have a million rows). */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<ScorecardRow> row);
    }

    /**
     * Records a new file version and its valid rows, inserted in JDBC batches of {@value #BATCH} rows (checking
     * for a stop request after each), committed on their own (see {@link SharedRows}): another board's run loading
     * the same file at the same time finds and uses this version, or this run uses its. A stop or failure rolls
     * the version back whole.
     *
     * @return the file version's id
     */
    public long insertFileVersion(String source, String path, String sha256, YearMonth issueMonth, long size,
                                  Rows rows, Long jobExecutionId, LocalDateTime loadedAt) {
        return shared.oneAtATime("figures|" + source + "|" + path + "|" + sha256, () -> findFileVersion(source, path, sha256)
                .orElseGet(() -> shared.insertOrFind(() -> insert(source, path, sha256, issueMonth, size, rows,
                                jobExecutionId, loadedAt), () -> findFileVersion(source, path, sha256).orElseThrow())));
    }

    private long insert(String source, String path, String sha256, YearMonth issueMonth, long size,
                        Rows rows, Long jobExecutionId, LocalDateTime loadedAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO bp_input_file (source, path, sha256, issue_month, size_bytes, row_count, loaded_at, job_execution_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(source, path, sha256, issueMonth.toString(), size, 0, Timestamp.valueOf(loadedAt), jobExecutionId)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class) != null ? keys.getKeyAs(Long.class)
                : findFileVersion(source, path, sha256).orElseThrow();
        List<Object[]> batch = new ArrayList<>(BATCH);
        long[] count = {0};
        rows.forEach(r -> {
            Figure f = r.figure();
            batch.add(new Object[] {id, r.line(), f.indicatorId(), f.period().toString(), f.team(), f.numerator(),
                    f.denominator(), f.value()});
            count[0]++;
            if (batch.size() == BATCH) flush(batch);
        });
        flush(batch);
        jdbc.sql("UPDATE bp_input_file SET row_count = ? WHERE id = ?").params(count[0], id).update();
        return id;
    }

    private static final int BATCH = 1000;

    private void flush(List<Object[]> batch) {
        if (batch.isEmpty()) return;
        StopRequest.check();
        jdbcTemplate.batchUpdate("INSERT INTO bp_figure (file_id, line_no, indicator_id, period, team, numerator, "
                + "denominator, fig_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch, new int[] {Types.BIGINT,
                Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE});
        batch.clear();
    }

    /**
     * A row of an earlier version of a file that the version in use no longer has: reported, never used.
     *
     * @param loadedAt when the earlier version was loaded
     */
    public record Withdrawn(String indicatorId, YearMonth period, String team, String path, LocalDateTime loadedAt) {
    }

    /** The figures in use, and the rows withdrawn from a file since an earlier version of it. */
    public record Held(List<HeldFigure> figures, List<Withdrawn> withdrawn) {
    }

    /**
     * The figures of the given file versions and of every earlier version of the same files (same source folder
     * and path), so that a changed figure shows as a restatement. A row that an earlier version had and the given
     * version lacks is withdrawn: not used, and listed.
     *
     * <p>Team figures are read only for the months {@code teamsFrom} to {@code teamsTo} (the pack's window):
     * a history with a million team rows would not fit in memory, and no other month's team figure is shown.
     */
    public Held heldFor(Collection<Long> fileIds, YearMonth teamsFrom, YearMonth teamsTo) {
        if (fileIds.isEmpty()) return new Held(List.of(), List.of());
        record Row(HeldFigure figure, long currentId, LocalDateTime loadedAt) {
        }
        List<Row> rows = jdbc.sql("SELECT f.indicator_id, f.period, f.team, f.numerator, f.denominator, f.fig_value, f.line_no, "
                        + "i.path, i.issue_month, i.id, c.id, i.loaded_at FROM bp_figure f JOIN bp_input_file i ON i.id = f.file_id "
                        + "JOIN bp_input_file c ON c.source = i.source AND c.path = i.path AND i.id <= c.id "
                        + "WHERE c.id IN (:ids) AND (f.team = '' OR f.team IS NULL OR (f.period >= :from AND f.period <= :to)) "
                        + "ORDER BY i.id, f.line_no")
                .param("ids", new ArrayList<>(fileIds))
                .param("from", teamsFrom.toString())
                .param("to", teamsTo.toString())
                .query((rs, n) -> new Row(new HeldFigure(
                        new Figure(rs.getString(1), YearMonth.parse(rs.getString(2)), rs.getString(3),
                                (Double) rs.getObject(4, Double.class), (Double) rs.getObject(5, Double.class), rs.getDouble(6)),
                        rs.getString(8), rs.getLong(7), YearMonth.parse(rs.getString(9)), rs.getLong(10)),
                        rs.getLong(11), rs.getTimestamp(12).toLocalDateTime()))
                .list();
        Set<String> inUse = new HashSet<>();
        for (Row r : rows) {
            if (r.figure().loadOrder() == r.currentId()) inUse.add(r.currentId() + "|" + key(r.figure().figure()));
        }
        List<HeldFigure> figures = new ArrayList<>();
        Map<String, Withdrawn> withdrawn = new LinkedHashMap<>();
        for (Row r : rows) {
            Figure f = r.figure().figure();
            if (inUse.contains(r.currentId() + "|" + key(f))) {
                figures.add(r.figure());
            } else {
                // the latest earlier version that had the row is the one named
                withdrawn.put(r.currentId() + "|" + key(f),
                        new Withdrawn(f.indicatorId(), f.period(), f.team(), r.figure().file(), r.loadedAt()));
            }
        }
        return new Held(figures, List.copyOf(withdrawn.values()));
    }

    private static String key(Figure f) {
        return f.indicatorId() + "|" + f.period() + "|" + f.team();
    }
}
