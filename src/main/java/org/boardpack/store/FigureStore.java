package org.boardpack.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.boardpack.indicators.Figure;
import org.boardpack.input.ScorecardRow;
import org.boardpack.pack.HeldFigure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Loaded scorecard figures. Each distinct version of a file (path and SHA-256) is loaded once; a changed file is
 * a new version and the old figures stay, so a restatement is never an overwrite.
 */
@Repository
public class FigureStore {

    private final JdbcClient jdbc;

    public FigureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> findFileVersion(String path, String sha256) {
        return jdbc.sql("SELECT id FROM bp_input_file WHERE path = ? AND sha256 = ?")
                .params(path, sha256).query(Long.class).optional();
    }

    /** Records a new file version and its valid rows; runs inside the step's transaction. */
    public long insertFileVersion(String path, String sha256, YearMonth issueMonth, long size,
                                  List<ScorecardRow> rows, Long jobExecutionId, LocalDateTime loadedAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO bp_input_file (path, sha256, issue_month, size_bytes, row_count, loaded_at, job_execution_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(path, sha256, issueMonth.toString(), size, rows.size(), Timestamp.valueOf(loadedAt), jobExecutionId)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class) != null ? keys.getKeyAs(Long.class)
                : findFileVersion(path, sha256).orElseThrow();
        for (ScorecardRow r : rows) {
            Figure f = r.figure();
            jdbc.sql("INSERT INTO bp_figure (file_id, line_no, indicator_id, period, team, numerator, denominator, fig_value) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, r.line(), f.indicatorId(), f.period().toString(), f.team(), f.numerator(),
                            f.denominator(), f.value())
                    .update();
        }
        return id;
    }

    /** Path, size and SHA-256 of file versions, as loaded. */
    public record FileVersion(String path, long size, String sha256) {
    }

    public List<FileVersion> fileVersions(Collection<Long> fileIds) {
        if (fileIds.isEmpty()) return List.of();
        return jdbc.sql("SELECT path, size_bytes, sha256 FROM bp_input_file WHERE id IN (:ids) ORDER BY path")
                .param("ids", new ArrayList<>(fileIds))
                .query((rs, n) -> new FileVersion(rs.getString(1), rs.getLong(2), rs.getString(3))).list();
    }

    /**
     * The figures of the given file versions and of every earlier version of the same paths (so that a changed
     * file's old figures show as restatements).
     */
    public List<HeldFigure> heldFor(Collection<Long> fileIds) {
        if (fileIds.isEmpty()) return List.of();
        List<Long> ids = new ArrayList<>(fileIds);
        return jdbc.sql("SELECT f.indicator_id, f.period, f.team, f.numerator, f.denominator, f.fig_value, f.line_no, "
                        + "i.path, i.issue_month, i.id FROM bp_figure f JOIN bp_input_file i ON i.id = f.file_id "
                        + "WHERE i.path IN (SELECT path FROM bp_input_file WHERE id IN (:ids)) "
                        + "AND (i.id IN (:ids) OR i.id < (SELECT MAX(id) FROM bp_input_file j WHERE j.path = i.path AND j.id IN (:ids))) "
                        + "ORDER BY i.id, f.line_no")
                .param("ids", ids)
                .query((rs, n) -> new HeldFigure(
                        new Figure(rs.getString(1), YearMonth.parse(rs.getString(2)), rs.getString(3),
                                (Double) rs.getObject(4, Double.class), (Double) rs.getObject(5, Double.class), rs.getDouble(6)),
                        rs.getString(8), rs.getLong(7), YearMonth.parse(rs.getString(9)), rs.getLong(10)))
                .list();
    }
}
