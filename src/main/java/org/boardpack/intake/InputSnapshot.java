package org.boardpack.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
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
 * files on disk. The bytes are held once, in that file system ({@code contents}), and copied in and out as
 * streams, so a 50 MB scorecard file is never several arrays in memory.
 *
 * @param folders  the folders that existed (relative to their root, "" for the root itself), so that a missing
 *                 folder reads as missing
 * @param contents the in-memory file system holding the files' bytes under their original paths, or null for a
 *                 snapshot described without its bytes; {@link #open()} hands it over (once)
 */
public record InputSnapshot(Path inputDir, Path templatesDir, LocalDateTime takenAt, List<Folder> folders,
                            List<SnapshotFile> files, FileSystem contents) {

    public enum Root { INPUT, TEMPLATES }

    /** A folder of the snapshot, relative to its root. */
    public record Folder(Root root, String path) {
    }

    /** One file: where it was (relative to its root, '/'-separated), its size and SHA-256 (hex). */
    public record SnapshotFile(Root root, String path, long size, String sha256) {
    }

    /** Writes one file's bytes into the snapshot's file system and returns its size and SHA-256. */
    @FunctionalInterface
    public interface Filler {
        SnapshotFile fill(Path target) throws IOException;
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
     * Reads the given files (those that exist) and folders from disk, each file copied once into the snapshot's
     * in-memory file system and hashed as it is copied.
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
        FileSystem fs = newFileSystem();
        Map<String, SnapshotFile> taken = new LinkedHashMap<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) continue;
            Root root = rootOf(f, in, tp);
            String path = relative(f, in, tp);
            if (taken.containsKey(root + "/" + path)) continue;
            try (InputStream disk = Files.newInputStream(f)) {
                Path target = inFileSystem(fs, in, tp, root, path);
                taken.put(root + "/" + path, copy(disk, target, root, path));
            } catch (IOException e) {
                closeQuietly(fs);
                throw new UncheckedIOException("Cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        return new InputSnapshot(in, tp, now, seen, new ArrayList<>(taken.values()), fs);
    }

    /**
     * A snapshot read back from the store: {@code filler} is called for each file's place in a new in-memory file
     * system and writes its bytes there (as a stream).
     */
    public static InputSnapshot restore(Path inputDir, Path templatesDir, LocalDateTime takenAt, List<Folder> folders,
                                        List<SnapshotFile> files, Map<SnapshotFile, Filler> fillers) {
        Path in = inputDir.toAbsolutePath().normalize();
        Path tp = templatesDir.toAbsolutePath().normalize();
        FileSystem fs = newFileSystem();
        try {
            for (SnapshotFile f : files) fillers.get(f).fill(inFileSystem(fs, in, tp, f.root(), f.path()));
        } catch (IOException e) {
            closeQuietly(fs);
            throw new UncheckedIOException("Cannot read the input snapshot", e);
        }
        return new InputSnapshot(in, tp, takenAt, folders, files, fs);
    }

    /** Copies a stream into the file, hashing it on the way. */
    public static SnapshotFile copy(InputStream from, Path target, Root root, String path) throws IOException {
        MessageDigest sha = digest();
        long size;
        try (OutputStream out = Files.newOutputStream(target)) {
            size = new DigestInputStream(from, sha).transferTo(out);
        }
        return new SnapshotFile(root, path, size, HexFormat.of().formatHex(sha.digest()));
    }

    /** Where the file's bytes are in the snapshot's file system; its folders are created. */
    private static Path inFileSystem(FileSystem fs, Path in, Path tp, Root root, String path) throws IOException {
        Path target = resolve(fs.getPath((root == Root.INPUT ? in : tp).toString()), path);
        Files.createDirectories(target.getParent());
        return target;
    }

    /** The file's bytes as a stream (for storing them); the snapshot must not have been opened and closed. */
    public InputStream content(SnapshotFile f) throws IOException {
        if (contents == null || !contents.isOpen()) throw new IllegalStateException("the snapshot's contents are gone");
        return Files.newInputStream(inFileSystem(contents, inputDir, templatesDir, f.root(), f.path()));
    }

    private static FileSystem newFileSystem() {
        Path cwd = Path.of("").toAbsolutePath();
        Configuration config = Configuration.forCurrentPlatform().toBuilder()
                .setWorkingDirectory(cwd.toString()).build();
        return Jimfs.newFileSystem(config);
    }

    private static void closeQuietly(FileSystem fs) {
        try {
            fs.close();
        } catch (IOException ignored) {
            // an in-memory file system does not fail to close
        }
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
            String now = Files.isRegularFile(disk) ? sha256(disk) : null;
            if (!Objects.equals(now, e.getValue().sha256())) {
                changes.add(new Change(InputPaths.display(disk), e.getValue().sha256(), now));
            }
        }
        for (Path f : filesNow) {
            Path abs = f.toAbsolutePath().normalize();
            if (!byLocation.containsKey(abs) && Files.isRegularFile(abs)) {
                changes.add(new Change(InputPaths.display(abs), null, sha256(abs)));
            }
        }
        return changes;
    }

    /**
     * The snapshot as an in-memory file system laid out as the folders were; close it when done. A snapshot is
     * opened once: closing it frees its bytes.
     */
    public Opened open() {
        if (contents == null || !contents.isOpen()) throw new IllegalStateException("the snapshot's contents are gone");
        try {
            Path in = contents.getPath(inputDir.toString());
            Path tp = contents.getPath(templatesDir.toString());
            for (Folder f : folders) Files.createDirectories(resolve(f.root() == Root.INPUT ? in : tp, f.path()));
            return new Opened(contents, in, tp);
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
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The SHA-256 of a file, read as a stream. */
    public static String sha256(Path file) throws IOException {
        MessageDigest sha = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
