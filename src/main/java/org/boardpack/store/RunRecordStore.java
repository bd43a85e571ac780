package org.boardpack.store;

import java.util.List;

import org.boardpack.input.InputProblem;
import org.boardpack.input.Severity;
import org.boardpack.output.OutputLayout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which problems one run's (authority, board, period, revision) validation found; the authority is this repository's. */
@Repository
public class RunRecordStore {

    private static final int MAX_TEXT = 4000;
    private final JdbcClient jdbc;
    private final String authority;

    public RunRecordStore(JdbcClient jdbc, @Value("${boardpack.authority.code}") String authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    public void replaceProblems(OutputLayout run, List<InputProblem> problems) {
        jdbc.sql("DELETE FROM bp_run_problem WHERE authority = ? AND board = ? AND period = ? AND revision = ?")
                .params(authority, run.board(), run.period().toString(), run.revision()).update();
        int seq = 0;
        for (InputProblem p : problems) {
            jdbc.sql("INSERT INTO bp_run_problem (authority, board, period, revision, seq, severity, file, line_no, col, found, "
                            + "expected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(authority, run.board(), run.period().toString(), run.revision(), seq++, p.severity().name(), p.file(),
                            p.line(), clip(p.column(), 300), clip(p.found(), MAX_TEXT), clip(p.expected(), MAX_TEXT))
                    .update();
        }
    }

    public List<InputProblem> problems(OutputLayout run) {
        return jdbc.sql("SELECT severity, file, line_no, col, found, expected FROM bp_run_problem "
                        + "WHERE authority = ? AND board = ? AND period = ? AND revision = ? ORDER BY seq")
                .params(authority, run.board(), run.period().toString(), run.revision())
                .query((rs, n) -> new InputProblem(Severity.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
