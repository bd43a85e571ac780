-- Every pack record is keyed by its authority as well: (authority, board, period, revision[, ...]), the job's own
-- identity, so one repository can hold several councils' packs without collisions. Rows written before this version
-- are the configured authority's (placeholder authority = boardpack.authority.code, see application.properties).
-- The default only fills those rows and is dropped: every write names its authority. Portable (H2, PostgreSQL).
-- (bp_run_input is gone since V3; its successor bp_snapshot_figures hangs off bp_snapshot, which has the authority.)
ALTER TABLE bp_pack ADD COLUMN authority VARCHAR(20) DEFAULT '${authority}' NOT NULL;
ALTER TABLE bp_pack ALTER COLUMN authority DROP DEFAULT;
ALTER TABLE bp_pack DROP CONSTRAINT bp_pack_pk;
ALTER TABLE bp_pack ADD CONSTRAINT bp_pack_pk PRIMARY KEY (authority, board, period, revision);

ALTER TABLE bp_result ADD COLUMN authority VARCHAR(20) DEFAULT '${authority}' NOT NULL;
ALTER TABLE bp_result ALTER COLUMN authority DROP DEFAULT;
ALTER TABLE bp_result DROP CONSTRAINT bp_result_pk;
ALTER TABLE bp_result ADD CONSTRAINT bp_result_pk PRIMARY KEY (authority, board, period, revision, indicator_id);

ALTER TABLE bp_run_problem ADD COLUMN authority VARCHAR(20) DEFAULT '${authority}' NOT NULL;
ALTER TABLE bp_run_problem ALTER COLUMN authority DROP DEFAULT;
ALTER TABLE bp_run_problem DROP CONSTRAINT bp_run_problem_pk;
ALTER TABLE bp_run_problem ADD CONSTRAINT bp_run_problem_pk PRIMARY KEY (authority, board, period, revision, seq);

ALTER TABLE bp_delivery ADD COLUMN authority VARCHAR(20) DEFAULT '${authority}' NOT NULL;
ALTER TABLE bp_delivery ALTER COLUMN authority DROP DEFAULT;
ALTER TABLE bp_delivery DROP CONSTRAINT bp_delivery_pk;
ALTER TABLE bp_delivery ADD CONSTRAINT bp_delivery_pk PRIMARY KEY (authority, board, period, revision, email);
