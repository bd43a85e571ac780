package org.boardpack.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.boardpack.intake.InputSnapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each job instance's input snapshot: the files (path, size, SHA-256, bytes) taken by its validate step, and the
 * scorecard file versions its load step used. Contents are stored once per SHA-256.
 */
@Repository
public class SnapshotStore {

    private static final String FOLDER = "<folder>";
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final SharedRows shared;

    public SnapshotStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, SharedRows shared) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.shared = shared;
    }

    /** Who a snapshot belongs to. */
    public record Owner(long jobInstanceId, String authority, String board, String period, int revision, long jobExecutionId) {
    }

    /** A stored snapshot and its id. */
    public record Stored(long id, InputSnapshot snapshot) {
    }

    /** Records the snapshot for the job instance, replacing one taken by an earlier execution of it. */
    public long replace(Owner owner, InputSnapshot s) {
        Optional<Long> old = jdbc.sql("SELECT id FROM bp_snapshot WHERE job_instance_id = ?").param(owner.jobInstanceId())
                .query(Long.class).optional();
        old.ifPresent(id -> {
            jdbc.sql("DELETE FROM bp_snapshot_figures WHERE snapshot_id = ?").param(id).update();
            jdbc.sql("DELETE FROM bp_snapshot_file WHERE snapshot_id = ?").param(id).update();
            jdbc.sql("DELETE FROM bp_snapshot WHERE id = ?").param(id).update();
        });
        jdbc.sql("INSERT INTO bp_snapshot (job_instance_id, authority, board, period, revision, input_dir, templates_dir, "
                        + "taken_at, job_execution_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(owner.jobInstanceId(), owner.authority(), owner.board(), owner.period(), owner.revision(),
                        s.inputDir().toString(), s.templatesDir().toString(), Timestamp.valueOf(s.takenAt()),
                        owner.jobExecutionId())
                .update();
        long id = jdbc.sql("SELECT id FROM bp_snapshot WHERE job_instance_id = ?").param(owner.jobInstanceId())
                .query(Long.class).single();
        for (InputSnapshot.Folder f : s.folders()) {
            insertFile(id, f.root().name(), folderKey(f.path()), -1, emptyContent());
        }
        for (InputSnapshot.SnapshotFile f : s.files()) {
            shared.oneAtATime("content|" + f.sha256(), () -> {
                if (!held(f.sha256())) {
                    shared.insertOrFind(() -> {
                        insertContent(s, f);
                        return 0;
                    }, () -> 0);
                }
                return 0;
            });
            insertFile(id, f.root().name(), f.path(), f.size(), f.sha256());
        }
        return id;
    }

    /** The file's bytes, streamed from the snapshot's file system into the BLOB. */
    private void insertContent(InputSnapshot s, InputSnapshot.SnapshotFile f) {
        try (InputStream in = s.content(f)) {
            jdbcTemplate.update("INSERT INTO bp_snapshot_content (sha256, content) VALUES (?, ?)", ps -> {
                ps.setString(1, f.sha256());
                ps.setBinaryStream(2, in, f.size());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record " + f.path() + " in the input snapshot", e);
        }
    }

    /**
     * The job instance's snapshot with every file's bytes (each streamed from its BLOB into the snapshot's
     * in-memory file system), or empty when its validate step never completed.
     */
    public Optional<Stored> load(long jobInstanceId) {
        return load(jobInstanceId, true);
    }

    /** The job instance's snapshot without its bytes (paths, sizes and SHA-256 only), e.g. to compare with the disk. */
    public Optional<Stored> describe(long jobInstanceId) {
        return load(jobInstanceId, false);
    }

    private Optional<Stored> load(long jobInstanceId, boolean withBytes) {
        record Head(long id, String in, String tp, Timestamp at) {
        }
        Optional<Head> head = jdbc.sql("SELECT id, input_dir, templates_dir, taken_at FROM bp_snapshot WHERE job_instance_id = ?")
                .param(jobInstanceId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4))).optional();
        if (head.isEmpty()) return Optional.empty();
        Head h = head.get();
        List<InputSnapshot.Folder> folders = new ArrayList<>();
        List<InputSnapshot.SnapshotFile> files = new ArrayList<>();
        jdbc.sql("SELECT f.root, f.path, f.size_bytes, f.sha256 FROM bp_snapshot_file f WHERE f.snapshot_id = ? "
                        + "ORDER BY f.root, f.path")
                .param(h.id())
                .query((rs, n) -> {
                    var root = InputSnapshot.Root.valueOf(rs.getString(1));
                    String path = rs.getString(2);
                    if (path.startsWith(FOLDER)) folders.add(new InputSnapshot.Folder(root, path.substring(FOLDER.length())));
                    else files.add(new InputSnapshot.SnapshotFile(root, path, rs.getLong(3), rs.getString(4)));
                    return 0;
                }).list();
        if (!withBytes) {
            return Optional.of(new Stored(h.id(), new InputSnapshot(Path.of(h.in()), Path.of(h.tp()),
                    h.at().toLocalDateTime(), folders, files, null)));
        }
        Map<InputSnapshot.SnapshotFile, InputSnapshot.Filler> fillers = new HashMap<>();
        for (InputSnapshot.SnapshotFile f : files) fillers.put(f, target -> copyContent(f, target));
        return Optional.of(new Stored(h.id(), InputSnapshot.restore(Path.of(h.in()), Path.of(h.tp()),
                h.at().toLocalDateTime(), folders, files, fillers)));
    }

    private InputSnapshot.SnapshotFile copyContent(InputSnapshot.SnapshotFile f, Path target) throws IOException {
        InputSnapshot.SnapshotFile[] copied = {null};
        try {
            jdbcTemplate.query("SELECT content FROM bp_snapshot_content WHERE sha256 = ?", rs -> {
                try (InputStream in = rs.getBinaryStream(1)) {
                    copied[0] = InputSnapshot.copy(in, target, f.root(), f.path());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, f.sha256());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (copied[0] == null || !copied[0].sha256().equals(f.sha256())) {
            throw new IOException("the recorded bytes of " + f.path() + " are missing or do not match their SHA-256");
        }
        return copied[0];
    }

    /** The snapshot's files without their bytes (for the manifest and checks): root, path, size, SHA-256. */
    public List<InputSnapshot.SnapshotFile> files(long jobInstanceId) {
        return jdbc.sql("SELECT f.root, f.path, f.size_bytes, f.sha256 FROM bp_snapshot_file f "
                        + "JOIN bp_snapshot s ON s.id = f.snapshot_id WHERE s.job_instance_id = ? AND f.size_bytes >= 0 "
                        + "ORDER BY f.root, f.path")
                .param(jobInstanceId)
                .query((rs, n) -> new InputSnapshot.SnapshotFile(InputSnapshot.Root.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    /**
     * Replaces one file's recorded bytes in a snapshot (keeping its row, so the load step's record of which file
     * versions it used stays valid).
     *
     * @return false when the snapshot holds no such file
     */
    public boolean amend(long snapshotId, InputSnapshot.Root root, String path, byte[] content) {
        String sha = InputSnapshot.sha256(content);
        boolean held = jdbc.sql("SELECT COUNT(*) FROM bp_snapshot_content WHERE sha256 = ?").param(sha)
                .query(Integer.class).single() > 0;
        if (!held) jdbc.sql("INSERT INTO bp_snapshot_content (sha256, content) VALUES (?, ?)").params(sha, content).update();
        return jdbc.sql("UPDATE bp_snapshot_file SET size_bytes = ?, sha256 = ? WHERE snapshot_id = ? AND root = ? AND path = ?")
                .params((long) content.length, sha, snapshotId, root.name(), path).update() == 1;
    }

    public void replaceFigureFiles(long snapshotId, Collection<Long> fileIds) {
        jdbc.sql("DELETE FROM bp_snapshot_figures WHERE snapshot_id = ?").param(snapshotId).update();
        for (Long id : fileIds) {
            jdbc.sql("INSERT INTO bp_snapshot_figures (snapshot_id, file_id) VALUES (?, ?)").params(snapshotId, id).update();
        }
    }

    public List<Long> figureFiles(long snapshotId) {
        return jdbc.sql("SELECT file_id FROM bp_snapshot_figures WHERE snapshot_id = ? ORDER BY file_id")
                .param(snapshotId).query(Long.class).list();
    }

    private void insertFile(long snapshotId, String root, String path, long size, String sha) {
        jdbc.sql("INSERT INTO bp_snapshot_file (snapshot_id, root, path, size_bytes, sha256) VALUES (?, ?, ?, ?, ?)")
                .params(snapshotId, root, path, size, sha).update();
    }

    /** Folders are rows with size -1 and the empty content, so that one table lists the whole snapshot. */
    private String emptyContent() {
        String sha = InputSnapshot.sha256(new byte[0]);
        holdContent(sha, new byte[0]);
        return sha;
    }

    /** Contents are shared by every snapshot that has the same bytes: committed on their own (see SharedRows). */
    private void holdContent(String sha, byte[] content) {
        shared.oneAtATime("content|" + sha, () -> held(sha) ? 0
                : shared.insertOrFind(() -> jdbc.sql("INSERT INTO bp_snapshot_content (sha256, content) VALUES (?, ?)")
                .params(sha, content).update(), () -> 0));
    }

    private boolean held(String sha) {
        return jdbc.sql("SELECT COUNT(*) FROM bp_snapshot_content WHERE sha256 = ?").param(sha)
                .query(Integer.class).single() > 0;
    }

    private static String folderKey(String path) {
        return FOLDER + path;
    }
}
