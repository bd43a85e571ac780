-- Mail at most once: a message whose outcome is unknown is recorded UNCONFIRMED and never sent again automatically.
-- Portable (H2, PostgreSQL):
--   state: also UNCONFIRMED (handed over, the server's answer never came) and REMOVED (not delivered and no longer
--          among the board's members: the address was corrected or the member removed);
--   data_started_at: when the current attempt began handing the message content over (the SMTP DATA command),
--          committed before it: a row left SENDING with it set may have arrived, so a rerun records it UNCONFIRMED;
--   confirmed_at: when the operator recorded an UNCONFIRMED message as received (deliveries --confirm).
ALTER TABLE bp_delivery ALTER COLUMN state SET DATA TYPE VARCHAR(20);
ALTER TABLE bp_delivery ADD COLUMN data_started_at TIMESTAMP;
ALTER TABLE bp_delivery ADD COLUMN confirmed_at TIMESTAMP;
