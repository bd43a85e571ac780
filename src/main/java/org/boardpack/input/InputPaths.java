package org.boardpack.input;

import java.nio.file.Path;

/**
 * How input files are named in messages: as the user typed the folder, relative to the working directory. A
 * relative path is shown as given (normalised, "../" kept); an absolute one relative to the working directory
 * when under it, else absolute. A file of a run's input snapshot (an in-memory file system with the same working
 * directory) is named as on disk.
 */
public final class InputPaths {

    private InputPaths() {
    }

    public static String display(Path file) {
        if (!file.isAbsolute()) {
            String shown = file.normalize().toString().replace('\\', '/');
            return shown.isEmpty() ? "." : shown;
        }
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = file.getFileSystem().getPath("").toAbsolutePath().normalize();
        Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }
}
