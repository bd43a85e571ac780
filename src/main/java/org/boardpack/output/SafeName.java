package org.boardpack.output;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The checks that keep every output under the output folder: ids that form a path are lower-case letters, digits
 * and hyphens (so never "..", "/" or a drive), and every path built is proven to stay inside its folder.
 */
public final class SafeName {

    /** A board id, and any other value a file or folder name is made from. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private SafeName() {
    }

    public static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    /** @throws IllegalArgumentException naming what was given and what is allowed */
    public static String requireId(String what, String value) {
        if (!isId(value)) {
            throw new IllegalArgumentException(what + " \"" + (value == null ? "" : value.replaceAll("\\p{Cntrl}", "?"))
                    + "\" is not an id: use lower-case letters, digits and hyphens, starting with a letter or digit");
        }
        return value;
    }

    /** The path, after checking that, once normalised, it is inside the folder. */
    public static Path within(Path folder, Path path) {
        Path base = folder.toAbsolutePath().normalize();
        Path p = path.toAbsolutePath().normalize();
        if (!p.startsWith(base) || p.equals(base)) {
            throw new IllegalArgumentException(path + " would be outside " + folder + ": refused");
        }
        return path;
    }
}
