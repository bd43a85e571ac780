package org.boardpack.batch;

import java.time.LocalDateTime;
import java.util.List;

/**
 * manifest.json: the audit record of one run: what it read, what it wrote (with SHA-256), which application
 * version did it, and how long each step took.
 */
public record RunManifest(long jobExecutionId, String board, String period, int revision, String applicationVersion,
                          LocalDateTime started, LocalDateTime finished, String host, long pid,
                          List<FileRecord> inputs, List<FileRecord> outputs, List<StepTiming> steps) {

    /** A file with its size and SHA-256 (hex). */
    public record FileRecord(String path, long size, String sha256) {
    }

    public record StepTiming(String step, String status, LocalDateTime start, LocalDateTime end, long millis,
                             long read, long written) {
    }
}
