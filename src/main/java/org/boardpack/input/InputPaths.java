package org.boardpack.input;

import java.nio.file.Path;

/** How input files are named in messages: relative to the working directory when under it, else absolute. */
public final class InputPaths {

    private InputPaths() {
    }

    public static String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }
}
