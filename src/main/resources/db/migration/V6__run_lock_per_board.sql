-- The run lock becomes one row per authority, board and period (lock_name "822/improvement-board/2026-10"), so that
-- different boards run at the same time (run --all-boards) but the same board and period never twice. Board ids
-- have no length limit of their own beyond the store's 100 characters, hence the wider name. The old single row
-- "run" is no longer used.
ALTER TABLE bp_run_lock ALTER COLUMN lock_name SET DATA TYPE VARCHAR(300);
