package org.boardpack.batch;

import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * manifest.json: the audit record of one run (one job instance): what it read, what it wrote (with SHA-256 and the
 * execution that wrote each file), which application version did it, every execution and step, and who was sent the
 * pack. Output paths are relative to the output folder, so a copied installation checks its own files; input paths
 * start with the name of their folder (input/..., templates/...).
 *
 * @param jobExecutionId the execution that completed the run
 * @param executions     every execution of the job instance, oldest first (a resumed run has several)
 * @param deliveries     the delivery record of this pack when the manifest was written
 */
public record RunManifest(long jobExecutionId, String board, String period, int revision, String applicationVersion,
                          LocalDateTime started, LocalDateTime finished, String host, long pid,
                          List<FileRecord> inputs, List<FileRecord> outputs, List<StepTiming> steps,
                          List<ExecutionRecord> executions, List<DeliveryRecord> deliveries) {

    /**
     * A file with its size and SHA-256 (hex); for an output, the step and execution that wrote it, and the edition it
     * belongs to: "full" or "partner" for an edition's pack files and for a member's message (the edition they were
     * sent); absent for the run's own files (validation, rejects) and for inputs, which belong to every edition.
     */
    public record FileRecord(String path, long size, String sha256, String step, Long writtenBy,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String edition) {

        /** A file of no one edition: an input, or the run's own report. */
        public FileRecord(String path, long size, String sha256, String step, Long writtenBy) {
            this(path, size, sha256, step, writtenBy, null);
        }
    }

    public record StepTiming(String step, String status, LocalDateTime start, LocalDateTime end, long millis,
                             long read, long written, Long execution) {
    }

    public record ExecutionRecord(long id, String status, LocalDateTime start, LocalDateTime end, String host, Long pid) {
    }

    /**
     * One member's delivery: SENT, WRITTEN (files mode), UNCONFIRMED, FAILED, ...; {@code edition} is the edition the
     * member was sent ("full" or "partner"; absent in manifests written before editions were recorded: full).
     */
    public record DeliveryRecord(String email, String name, String state, String mode, String messageId,
                                 LocalDateTime sentAt, String edition) {
    }
}
