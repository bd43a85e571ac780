package org.boardpack.output;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file under a temporary name in the same folder, flushes it to disk (fsync), gives it the configured
 * permissions and only then moves it into place, so a failed or interrupted run (or a power cut) never leaves a
 * partial file under the real name.
 *
 * <p>The permissions are one process-wide setting ({@link #useFileMode}, from {@code boardpack.output.file-mode},
 * set once at start) rather than a parameter, because the writers that call this are plain code, not beans.
 */
public final class AtomicFiles {

    /** Writes the content to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static final Set<PosixFilePermission> DEFAULT_MODE = PosixFilePermissions.fromString("rw-r-----");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static volatile Set<PosixFilePermission> fileMode = DEFAULT_MODE;

    private AtomicFiles() {
    }

    /** The permissions every file written from now on gets (POSIX file systems only). */
    public static void useFileMode(Set<PosixFilePermission> mode) {
        fileMode = Set.copyOf(mode);
    }

    /** Deletes temporary files left beside the target by a run that was killed while writing it. */
    public static void removeLeftovers(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) return;
        String prefix = "." + target.getFileName() + ".";
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".part")).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }

    public static Path write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            removeLeftovers(target);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new IOException("Cannot write " + target + " (" + describe(e) + "): check that the output folder "
                    + dir + " can be created and written to, and that the disk has space", e);
        }
        try {
            try (FileOutputStream file = new FileOutputStream(tmp.toFile())) {
                OutputStream out = new BufferedOutputStream(new FilterOutputStream(file) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // writers close what they are given; the file is synced and closed below
                    }
                }, 1 << 16);
                content.writeTo(out);
                out.flush();
                file.getFD().sync();
            }
            if (POSIX) Files.setPosixFilePermissions(tmp, fileMode);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(dir);
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, and then the rename is left to the OS. */
    private static void syncFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort (e.g. Windows cannot open a folder as a channel)
        }
    }
}
