package org.boardpack.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;

import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The computed pack model (as JSON) and its per-indicator results, one set per authority, board, period and revision.
 * The authority is this repository's ({@code boardpack.authority.code}), the same as the run's job parameter.
 */
@Repository
public class PackStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String authority;
    private final JsonMapper json = PackJson.mapper();

    public PackStore(JdbcClient jdbc, Clock clock, @Value("${boardpack.authority.code}") String authority) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.authority = authority;
    }

    /** Replaces any earlier save for the same authority, board, period and revision (a rerun step never duplicates rows). */
    public void save(PackModel pack, Long jobExecutionId) {
        String board = pack.boardId();
        String period = pack.period().toString();
        int revision = pack.revision();
        jdbc.sql("DELETE FROM bp_result WHERE authority = ? AND board = ? AND period = ? AND revision = ?")
                .params(authority, board, period, revision).update();
        jdbc.sql("DELETE FROM bp_pack WHERE authority = ? AND board = ? AND period = ? AND revision = ?")
                .params(authority, board, period, revision).update();
        jdbc.sql("INSERT INTO bp_pack (authority, board, period, revision, model_json, created_at, job_execution_id) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(authority, board, period, revision, json.writeValueAsString(pack), Timestamp.valueOf(LocalDateTime.now(clock)), jobExecutionId)
                .update();
        for (IndicatorResult r : pack.indicatorList()) {
            jdbc.sql("INSERT INTO bp_result (authority, board, period, revision, indicator_id, fig_value, rated_value, target, rag, "
                            + "previous_value, direction_month) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(authority, board, period, revision, r.id(), r.value(), r.ratedValue(), r.target(), r.rag().name(),
                            r.previousValue(), r.directionMonth().name())
                    .update();
        }
    }

    public Optional<PackModel> load(String board, YearMonth period, int revision) {
        return jdbc.sql("SELECT model_json FROM bp_pack WHERE authority = ? AND board = ? AND period = ? AND revision = ?")
                .params(authority, board, period.toString(), revision).query(String.class).optional()
                .map(s -> json.readValue(s, PackModel.class));
    }
}
