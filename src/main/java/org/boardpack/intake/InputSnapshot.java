package org.boardpack.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.boardpack.input.InputPaths;

/**
 * The bytes of every input file a run uses, read once (at validation). Every later read opens it as an in-memory
 * file system laid out exactly as the folders were, so the same readers parse the recorded bytes and never the
 * files on disk.
 *
 * @param folders the folders that existed (relative to their root, "" for the root itself), so that a missing
 *                folder reads as missing
 */
public record InputSnapshot(Path inputDir, Path templatesDir, LocalDateTime takenAt, List<Folder> folders,
                            List<SnapshotFile> files) {

    public enum Root { INPUT, TEMPLATES }

    /** A folder of the snapshot, relative to its root. */
    public record Folder(Root root, String path) {
    }

    /** One file: where it was (relative to its root, '/'-separated), its size, SHA-256 (hex) and bytes. */
    public record SnapshotFile(Root root, String path, long size, String sha256, byte[] content) {
    }

    /** A difference between the snapshot and the files on disk now. */
    public record Change(String file, String snapshotSha256, String diskSha256) {
        public String describe() {
            return file + " (" + (snapshotSha256 == null ? "not in the snapshot" : "snapshot " + shortHash(snapshotSha256))
                    + ", " + (diskSha256 == null ? "now missing" : "now " + shortHash(diskSha256)) + ")";
        }
    }

    public InputSnapshot {
        inputDir = inputDir.toAbsolutePath().normalize();
        templatesDir = templatesDir.toAbsolutePath().normalize();
        folders = List.copyOf(folders);
        files = List.copyOf(files);
    }

    /**
     * Reads the given files (those that exist) and folders from disk.
     *
     * @param files   input files of the run, each under the input or the templates folder
     * @param folders folders the readers look for, each under one of the two
     */
    public static InputSnapshot take(Path inputDir, Path templatesDir, List<Path> files, List<Path> folders,
                                     LocalDateTime now) {
        Path in = inputDir.toAbsolutePath().normalize();
        Path tp = templatesDir.toAbsolutePath().normalize();
        List<Folder> seen = new ArrayList<>();
        for (Path f : folders) {
            if (Files.isDirectory(f)) seen.add(new Folder(rootOf(f, in, tp), relative(f, in, tp)));
        }
        Map<String, SnapshotFile> taken = new LinkedHashMap<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) continue;
            try {
                byte[] bytes = Files.readAllBytes(f);
                SnapshotFile sf = new SnapshotFile(rootOf(f, in, tp), relative(f, in, tp), bytes.length, sha256(bytes), bytes);
                taken.putIfAbsent(sf.root() + "/" + sf.path(), sf);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        return new InputSnapshot(in, tp, now, seen, new ArrayList<>(taken.values()));
    }

    /** Where a file of the snapshot was on disk. */
    public Path location(SnapshotFile f) {
        return resolve(f.root() == Root.INPUT ? inputDir : templatesDir, f.path());
    }

    /**
     * The files on disk that differ from the snapshot: changed, deleted, or (among {@code filesNow}, the run's
     * inputs as they would be listed today) new.
     */
    public List<Change> changesOnDisk(List<Path> filesNow) throws IOException {
        List<Change> changes = new ArrayList<>();
        Map<Path, SnapshotFile> byLocation = new LinkedHashMap<>();
        for (SnapshotFile f : files) byLocation.put(location(f), f);
        for (var e : byLocation.entrySet()) {
            Path disk = e.getKey();
            String now = Files.isRegularFile(disk) ? sha256(Files.readAllBytes(disk)) : null;
            if (!Objects.equals(now, e.getValue().sha256())) {
                changes.add(new Change(InputPaths.display(disk), e.getValue().sha256(), now));
            }
        }
        for (Path f : filesNow) {
            Path abs = f.toAbsolutePath().normalize();
            if (!byLocation.containsKey(abs) && Files.isRegularFile(abs)) {
                changes.add(new Change(InputPaths.display(abs), null, sha256(Files.readAllBytes(abs))));
            }
        }
        return changes;
    }

    /** The snapshot as an in-memory file system; close it when done. */
    public Opened open() {
        Path cwd = Path.of("").toAbsolutePath();
        Configuration config = Configuration.forCurrentPlatform().toBuilder()
                .setWorkingDirectory(cwd.toString()).build();
        FileSystem fs = Jimfs.newFileSystem(config);
        try {
            Path in = fs.getPath(inputDir.toString());
            Path tp = fs.getPath(templatesDir.toString());
            for (Folder f : folders) Files.createDirectories(resolve(f.root() == Root.INPUT ? in : tp, f.path()));
            for (SnapshotFile f : files) {
                Path target = resolve(f.root() == Root.INPUT ? in : tp, f.path());
                Files.createDirectories(target.getParent());
                Files.write(target, f.content());
            }
            return new Opened(fs, in, tp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the input snapshot", e);
        }
    }

    /** The snapshot's input and templates folders, in its own file system. */
    public record Opened(FileSystem fileSystem, Path inputDir, Path templatesDir) implements Closeable {
        @Override
        public void close() throws IOException {
            fileSystem.close();
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shortHash(String sha) {
        return sha.substring(0, Math.min(12, sha.length()));
    }

    private static Path resolve(Path root, String relative) {
        return relative.isEmpty() ? root : root.resolve(relative.replace("/", root.getFileSystem().getSeparator()));
    }

    private static Root rootOf(Path f, Path in, Path tp) {
        Path abs = f.toAbsolutePath().normalize();
        if (abs.startsWith(in)) return Root.INPUT;
        if (abs.startsWith(tp)) return Root.TEMPLATES;
        throw new IllegalArgumentException(f + " is neither under " + in + " nor under " + tp);
    }

    private static String relative(Path f, Path in, Path tp) {
        Path abs = f.toAbsolutePath().normalize();
        Path root = rootOf(abs, in, tp) == Root.INPUT ? in : tp;
        return root.relativize(abs).toString().replace('\\', '/');
    }
}
