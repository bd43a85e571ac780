package org.boardpack.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.boardpack.intake.BoardDefinitionReader;
import org.boardpack.input.Hints;
import org.boardpack.input.InputPaths;
import org.boardpack.output.SafeName;
import org.boardpack.settings.BoardPackSettings;

/**
 * The board a command is for: --board, else boardpack.board. A value that is not an id (e.g. "../../etc") or
 * names no board definition is a usage error, found before anything is recorded or created.
 */
final class Boards {

    private Boards() {
    }

    /** Checks the form of --board before anything starts (so a traversal attempt creates nothing at all). */
    static void checkForm(String option) {
        if (option != null && !SafeName.isId(option)) throw notAnId(option);
    }

    /** The board id, checked for form only (status, verify, deliveries: the board may have been retired). */
    static String id(String option, BoardPackSettings settings) {
        String id = option == null ? settings.board() : option;
        if (!SafeName.isId(id)) throw notAnId(id);
        return id;
    }

    /** The board id, which must have a definition in templates/boards/ (run, validate). */
    static String existing(String option, BoardPackSettings settings, Path templates) {
        String id = id(option, settings);
        Path file = BoardDefinitionReader.fileFor(templates, id);
        if (Files.isRegularFile(file)) return id;
        List<String> known = BoardDefinitionReader.boardIds(templates);
        String closest = Hints.closest(id, known);
        throw new UserError(ExitCodes.USAGE, "No board \"" + id + "\": there is no " + InputPaths.display(file)
                + (closest != null ? ". Did you mean --board " + closest + "?" : "")
                + (known.isEmpty() ? " (and no board definitions at all in " + InputPaths.display(file.getParent()) + ")"
                : "\nBoards defined: " + String.join(", ", known))
                + "\nNothing was run or recorded.");
    }

    /**
     * The boards {@code run --all-boards} builds: the setting boardpack.boards, each of which must have a
     * definition, else every board defined in templates/boards/ (in name order).
     */
    static List<String> all(BoardPackSettings settings, Path templates) {
        if (!settings.boards().isEmpty()) return settings.boards().stream().map(b -> existing(b, settings, templates)).toList();
        List<String> ids = BoardDefinitionReader.boardIds(templates).stream().filter(SafeName::isId).toList();
        if (ids.isEmpty()) {
            throw new UserError(ExitCodes.USAGE, "No board definitions in " + InputPaths.display(templates.resolve("boards"))
                    + ": --all-boards has nothing to build. Nothing was run or recorded.");
        }
        return ids;
    }

    private static UserError notAnId(String value) {
        return new UserError(ExitCodes.USAGE, "--board \"" + value.replaceAll("\\p{Cntrl}", "?") + "\" is not a board id: "
                + "use the name of a file in templates/boards/ without .yml (lower-case letters, digits and hyphens). Nothing was run.");
    }
}
