package org.boardpack.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.boardpack.pack.Edition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery record ({@code bp_delivery}). Every write commits on its own, in a new transaction
 * (PROPAGATION_REQUIRES_NEW), never in the step's: a step that fails and rolls back keeps the record of what was
 * already sent, so a restart sends only to the members still missing. Every read and write is of this repository's
 * authority ({@code boardpack.authority.code}, the run's job parameter): another authority's rows are never seen.
 */
@Repository
public class DeliveryStore {

    private static final int MAX_ERROR = 2000;
    private static final String COLUMNS = "board, period, revision, email, member_name, member_role, formats, edition, mode, state, "
            + "attempts, message_id, resend, attached, location, last_error, created_at, updated_at, last_attempt_at, sent_at, "
            + "data_started_at, confirmed_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String authority;

    public DeliveryStore(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock,
                         @Value("${boardpack.authority.code}") String authority) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.authority = authority;
    }

    public Optional<Delivery> find(DeliveryKey key) {
        return tx.execute(s -> jdbc.sql("SELECT " + COLUMNS + " FROM bp_delivery WHERE authority = ? AND board = ? AND period = ? AND revision = ? AND email = ?")
                .params(authority, key.board(), key.period().toString(), key.revision(), key.email())
                .query(DeliveryStore::row).optional());
    }

    /** The existing row, or a new PENDING one with the given Message-ID. */
    public Delivery open(DeliveryKey key, BoardMember member, String messageId, MailMode mode) {
        return tx.execute(s -> {
            Optional<Delivery> existing = jdbc.sql("SELECT " + COLUMNS + " FROM bp_delivery WHERE authority = ? AND board = ? AND period = ? AND revision = ? AND email = ?")
                    .params(authority, key.board(), key.period().toString(), key.revision(), key.email())
                    .query(DeliveryStore::row).optional();
            if (existing.isPresent()) return existing.get();
            Timestamp now = now();
            jdbc.sql("INSERT INTO bp_delivery (authority, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(authority, key.board(), key.period().toString(), key.revision(), key.email(), clip(member.name(), 300),
                            clip(member.role(), 300), member.formatCodes(), member.edition().id(), mode.code(), DeliveryState.PENDING.name(), 0,
                            messageId, false, null, null, null, now, now, null, null, null, null)
                    .update();
            return jdbc.sql("SELECT " + COLUMNS + " FROM bp_delivery WHERE authority = ? AND board = ? AND period = ? AND revision = ? AND email = ?")
                    .params(authority, key.board(), key.period().toString(), key.revision(), key.email())
                    .query(DeliveryStore::row).single();
        });
    }

    /**
     * Committed before connecting to the server: one more attempt, state SENDING, the content not handed over yet.
     * The member as this attempt sends to them: name, role, formats and edition.
     */
    public void markSending(DeliveryKey key, BoardMember member, MailMode mode, boolean resend) {
        Timestamp now = now();
        update("UPDATE bp_delivery SET state = ?, attempts = attempts + 1, mode = ?, resend = (resend OR ?), member_name = ?, "
                        + "member_role = ?, formats = ?, edition = ?, last_attempt_at = ?, updated_at = ?, data_started_at = NULL "
                        + "WHERE authority = ? AND board = ? AND period = ? AND revision = ? AND email = ?",
                key, DeliveryState.SENDING.name(), mode.code(), resend, clip(member.name(), 300), clip(member.role(), 300),
                member.formatCodes(), member.edition().id(), now, now);
    }

    /**
     * Committed just before the message content is handed over (the SMTP DATA command): from here on the message may
     * arrive, so a run that ends before recording the answer leaves a row that the next run records UNCONFIRMED.
     */
    public void markDataStarted(DeliveryKey key) {
        Timestamp now = now();
        update("UPDATE bp_delivery SET data_started_at = ?, updated_at = ? WHERE authority = ? AND board = ? AND period = ? AND revision = ? AND email = ?",
                key, now, now);
    }

    /** Handed over without the server's answer: the member may or may not have it. Never resent automatically. */
    public void markUnconfirmed(DeliveryKey key, String why, String attached, String location) {
        update("UPDATE bp_delivery SET state = ?, last_error = ?, attached = ?, location = ?, updated_at = ? "
                        + "WHERE authority = ? AND board = ? AND period = ? AND revision = ? AND email = ?",
                key, DeliveryState.UNCONFIRMED.name(), clip(why, MAX_ERROR), clip(attached, 1000), clip(location, 1000), now());
    }

    /**
     * The operator's word that an UNCONFIRMED message arrived: SENT, with the time it was handed over as the time sent.
     *
     * @return false when the row is not UNCONFIRMED (nothing changed)
     */
    public boolean confirm(DeliveryKey key) {
        Timestamp now = now();
        Integer n = tx.execute(s -> jdbc.sql("UPDATE bp_delivery SET state = ?, confirmed_at = ?, updated_at = ?, "
                        + "sent_at = COALESCE(data_started_at, last_attempt_at, ?) "
                        + "WHERE authority = ? AND board = ? AND period = ? AND revision = ? AND email = ? AND state = ?")
                .params(DeliveryState.SENT.name(), now, now, now, authority, key.board(), key.period().toString(), key.revision(),
                        key.email(), DeliveryState.UNCONFIRMED.name())
                .update());
        return n != null && n == 1;
    }

    /** Not delivered and no longer among the board's members: nothing for a restart to do. */
    public void markRemoved(DeliveryKey key, String why) {
        update("UPDATE bp_delivery SET state = ?, last_error = ?, updated_at = ? WHERE authority = ? AND board = ? AND period = ? AND revision = ? AND email = ?",
                key, DeliveryState.REMOVED.name(), clip(why, MAX_ERROR), now());
    }

    /** Not emailed, on purpose: the member had an earlier revision (see {@link DeliveryState#NOT_REMAILED}). */
    public void markNotRemailed(DeliveryKey key, String why) {
        update("UPDATE bp_delivery SET state = ?, last_error = ?, updated_at = ? WHERE authority = ? AND board = ? AND period = ? AND revision = ? AND email = ?",
                key, DeliveryState.NOT_REMAILED.name(), clip(why, MAX_ERROR), now());
    }

    /** Committed once the server has the message (SENT) or its file is written in files mode (WRITTEN). */
    public void markDelivered(DeliveryKey key, MailMode mode, String attached, String location) {
        Timestamp now = now();
        update("UPDATE bp_delivery SET state = ?, attached = ?, location = ?, last_error = NULL, sent_at = ?, updated_at = ? "
                        + "WHERE authority = ? AND board = ? AND period = ? AND revision = ? AND email = ?",
                key, (mode == MailMode.FILES ? DeliveryState.WRITTEN : DeliveryState.SENT).name(), clip(attached, 1000), clip(location, 1000), now, now);
    }

    /** Not delivered and nothing can have been delivered: back to PENDING with the reason (e.g. between retries). */
    public void markPending(DeliveryKey key, String error) {
        update("UPDATE bp_delivery SET state = ?, last_error = ?, updated_at = ? WHERE authority = ? AND board = ? AND period = ? AND revision = ? AND email = ?",
                key, DeliveryState.PENDING.name(), clip(error, MAX_ERROR), now());
    }

    /** Given up for this run. */
    public void markFailed(DeliveryKey key, String error) {
        update("UPDATE bp_delivery SET state = ?, last_error = ?, updated_at = ? WHERE authority = ? AND board = ? AND period = ? AND revision = ? AND email = ?",
                key, DeliveryState.FAILED.name(), clip(error, MAX_ERROR), now());
    }

    /** A row delivered in files mode is delivered again by SMTP: back to PENDING, keeping its Message-ID. */
    public void reopen(DeliveryKey key, String why) {
        update("UPDATE bp_delivery SET state = ?, last_error = ?, sent_at = NULL, updated_at = ? "
                        + "WHERE authority = ? AND board = ? AND period = ? AND revision = ? AND email = ?",
                key, DeliveryState.PENDING.name(), clip(why, MAX_ERROR), now());
    }

    /** The deliveries for a board and period (either null for all), newest period first, then by board, revision, name. */
    public List<Delivery> list(String board, YearMonth period) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM bp_delivery WHERE authority = ?");
        List<Object> params = new ArrayList<>();
        params.add(authority);
        if (board != null) {
            sql.append(" AND board = ?");
            params.add(board);
        }
        if (period != null) {
            sql.append(" AND period = ?");
            params.add(period.toString());
        }
        sql.append(" ORDER BY period DESC, board, revision DESC, member_name, email");
        return tx.execute(s -> jdbc.sql(sql.toString()).params(params).query(DeliveryStore::row).list());
    }

    /** The deliveries of one pack, by member name. */
    public List<Delivery> list(String board, YearMonth period, int revision) {
        return list(board, period).stream().filter(d -> d.revision() == revision).toList();
    }

    private void update(String sql, DeliveryKey key, Object... values) {
        Object[] params = new Object[values.length + 5];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = authority;
        params[values.length + 1] = key.board();
        params[values.length + 2] = key.period().toString();
        params[values.length + 3] = key.revision();
        params[values.length + 4] = key.email();
        tx.executeWithoutResult(s -> {
            int n = jdbc.sql(sql).params(params).update();
            if (n != 1) throw new IllegalStateException("No delivery record for " + key);
        });
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(clock));
    }

    private static Delivery row(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getString("board"), YearMonth.parse(rs.getString("period")), rs.getInt("revision"),
                rs.getString("email"), rs.getString("member_name"), rs.getString("member_role"), rs.getString("formats"),
                edition(rs.getString("edition")), MailMode.valueOf(rs.getString("mode").toUpperCase(Locale.ROOT)), DeliveryState.valueOf(rs.getString("state")),
                rs.getInt("attempts"), rs.getString("message_id"), rs.getBoolean("resend"), rs.getString("attached"),
                rs.getString("location"), rs.getString("last_error"), time(rs, "created_at"), time(rs, "updated_at"),
                time(rs, "last_attempt_at"), time(rs, "sent_at"), time(rs, "data_started_at"), time(rs, "confirmed_at"));
    }

    private static Edition edition(String id) {
        Edition e = Edition.parse(id);
        if (e == null) throw new IllegalStateException("bp_delivery holds an unknown edition \"" + id + "\" (expected one of " + Edition.IDS + ")");
        return e;
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    private static String clip(String s, int max) {
        if (s == null) return null;
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
