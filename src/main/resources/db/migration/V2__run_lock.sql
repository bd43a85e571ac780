-- The run lock: one row, held by the process whose run is in progress, so that at most one run per repository
-- proceeds. Taken and released by conditional updates (compare-and-set on the holder columns); an empty holder
-- (pid NULL) means free. A holder is recognised as gone by host, pid and the process's start time, or, on
-- another host (a container's name changes on every start), when renewed_ms is older than lease_ms.
-- Times are milliseconds since 1970 from the database's own clock, so hosts whose clocks differ still agree.
CREATE TABLE IF NOT EXISTS bp_run_lock (
    lock_name         VARCHAR(50)   PRIMARY KEY,
    host              VARCHAR(255),
    pid               BIGINT,
    process_start_ms  BIGINT,
    job_execution_id  BIGINT,
    purpose           VARCHAR(500),
    acquired_ms       BIGINT,
    renewed_ms        BIGINT,
    lease_ms          BIGINT
);
