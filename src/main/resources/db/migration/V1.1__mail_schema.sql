-- Deliveries of the packs by email: one row per (board, period, revision, member address). Written outside the
-- step's transaction, one commit per state change, so the record survives a failed step. Portable (H2, PostgreSQL).
--   state: PENDING (not handed over yet), SENDING (being handed to the server: if a run stops here the message is
--   sent again with the same message_id and resend set), SENT, WRITTEN (files mode: an .eml file, nothing sent),
--   FAILED (see last_error).
CREATE TABLE IF NOT EXISTS bp_delivery (
    board            VARCHAR(100)  NOT NULL,
    period           VARCHAR(7)    NOT NULL,
    revision         INTEGER       NOT NULL,
    email            VARCHAR(320)  NOT NULL,
    member_name      VARCHAR(300)  NOT NULL,
    member_role      VARCHAR(300)  NOT NULL,
    formats          VARCHAR(20)   NOT NULL,
    mode             VARCHAR(10)   NOT NULL,
    state            VARCHAR(10)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    message_id       VARCHAR(300)  NOT NULL,
    resend           BOOLEAN       NOT NULL,
    attached         VARCHAR(1000),
    location         VARCHAR(1000),
    last_error       VARCHAR(2000),
    created_at       TIMESTAMP     NOT NULL,
    updated_at       TIMESTAMP     NOT NULL,
    last_attempt_at  TIMESTAMP,
    sent_at          TIMESTAMP,
    CONSTRAINT bp_delivery_pk PRIMARY KEY (board, period, revision, email)
);
