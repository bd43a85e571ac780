package org.boardpack.settings;

import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** A file's POSIX permissions as {@code ls -l} shows them, e.g. {@code rw-r-----}. */
public record FileMode(Set<PosixFilePermission> permissions) {

    public FileMode {
        permissions = Set.copyOf(permissions);
    }

    /** Bound from a setting: nine characters of r, w, x and -. */
    public static FileMode valueOf(String text) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("([r-][w-][x-]){3}")) {
            throw new IllegalArgumentException("\"" + text + "\" is not a file mode: use nine characters as ls -l shows them, e.g. rw-r-----");
        }
        if (s.charAt(0) != 'r' || s.charAt(1) != 'w') {
            throw new IllegalArgumentException("\"" + text + "\" would not let the application read and rewrite its own files: the owner needs rw-");
        }
        return new FileMode(PosixFilePermissions.fromString(s));
    }

    @Override
    public String toString() {
        return PosixFilePermissions.toString(permissions);
    }
}
