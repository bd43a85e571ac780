package org.boardpack.mail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.boardpack.input.CsvRow;
import org.boardpack.input.CsvTable;
import org.boardpack.input.CsvTableReader;
import org.boardpack.input.Hints;
import org.boardpack.input.InputPaths;
import org.boardpack.input.Problems;
import org.boardpack.pack.Edition;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Reads {@code input/board-members.csv} (header {@code name,email,role,boards,formats}, optional {@code edition}):
 * who receives which board's pack, in which formats and which edition (blank: full). Every problem is reported with its file, line and column; a row with an error
 * is left out of the result and never throws.
 */
public final class BoardMembersReader {

    public static final String FILE = "board-members.csv";
    public static final List<String> REQUIRED = List.of("name", "email", "role", "boards", "formats");

    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}");
    private static final String EMAIL_EXAMPLE = "a single address such as jane.smith@bedford.example.org";

    private BoardMembersReader() {
    }

    public static Path fileFor(Path inputDir) {
        return inputDir.resolve(FILE);
    }

    /** Reads {@code <inputDir>/board-members.csv}. */
    public static List<BoardMember> read(Path inputDir, Set<String> knownBoards, Problems problems) {
        Path file = fileFor(inputDir);
        return read(file, InputPaths.display(file), knownBoards, problems);
    }

    /**
     * @param knownBoards the board ids defined under templates/boards; when empty, board ids are not checked
     * @return the valid members in file order
     */
    public static List<BoardMember> read(Path file, String displayName, Set<String> knownBoards, Problems problems) {
        CsvTable table = CsvTableReader.read(file, displayName, REQUIRED, List.of("edition"), problems);
        List<BoardMember> members = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>(); // board|email -> first line
        for (CsvRow row : table.rows()) {
            int before = problems.errors().size();
            String name = required(row, "name", "the member's name", problems);
            String email = email(row, problems);
            String role = row.get("role");
            if (role.isEmpty()) {
                problems.warning(row.file(), row.line(), row.column("role"), "role is blank",
                        "give the member's role on the board (e.g. Independent chair), shown in the email and the delivery record");
            }
            List<String> boards = boards(row, knownBoards, problems);
            Set<PackFormat> formats = formats(row, problems);
            Edition edition = edition(row, problems);
            if (email != null && boards != null) {
                for (String board : boards) {
                    String key = board + "|" + email.toLowerCase(Locale.ROOT);
                    Long first = seen.get(key);
                    if (first != null) {
                        problems.error(row.file(), row.line(), row.column("email"),
                                "\"" + email + "\" is listed for board " + board + " on line " + first + " and again on line " + row.line(),
                                "list each member once per board: remove one of the two rows, or remove " + board
                                        + " from one row's boards");
                    }
                }
            }
            if (problems.errors().size() > before) continue;
            for (String board : boards) seen.put(board + "|" + email.toLowerCase(Locale.ROOT), row.line());
            members.add(new BoardMember(name, email, role, boards, formats, row.file(), row.line(), edition));
        }
        return members;
    }

    /** The members of one board, in file order. */
    public static List<BoardMember> forBoard(Collection<BoardMember> members, String boardId) {
        return members.stream().filter(m -> m.receives(boardId)).toList();
    }

    private static String required(CsvRow row, String column, String what, Problems problems) {
        String v = row.get(column);
        if (v.isEmpty()) {
            problems.error(row.file(), row.line(), row.column(column), column + " is blank", "expected " + what);
            return null;
        }
        return v;
    }

    private static String email(CsvRow row, Problems problems) {
        String v = row.get("email");
        if (v.isEmpty()) {
            problems.error(row.file(), row.line(), row.column("email"), "email is blank", "expected " + EMAIL_EXAMPLE);
            return null;
        }
        String why = addressProblem(v);
        if (why != null) {
            problems.error(row.file(), row.line(), row.column("email"), "email \"" + v + "\" " + why, "expected " + EMAIL_EXAMPLE);
            return null;
        }
        return v;
    }

    /**
     * Checks one address: strict RFC 822 parsing by jakarta.mail, then what a mail server would accept for
     * delivery (a bare address, a domain with a dot, no IP literals or quoted local parts).
     *
     * @return why the address is not usable, or null when it is
     */
    public static String addressProblem(String address) {
        if (address.regionMatches(true, 0, "mailto:", 0, 7)) return "starts with \"mailto:\"";
        if (address.indexOf(';') >= 0 || address.indexOf(',') >= 0 && address.indexOf('@') != address.lastIndexOf('@')) {
            return "holds more than one address (one address per row)";
        }
        if (address.indexOf('<') >= 0 || address.indexOf('>') >= 0 || address.indexOf('"') >= 0) {
            return "is not a bare address (write only the address, without a name, quotes or <>)";
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Character.isWhitespace(c)) return "contains a space";
            if (c > 126 || c < 32) return "contains the character '" + c + "' (only ASCII letters, digits and . _ - + are expected)";
        }
        int at = address.indexOf('@');
        if (at < 0) return "has no @";
        if (at != address.lastIndexOf('@')) return "has more than one @";
        if (address.endsWith(".")) return "ends with a dot";
        InternetAddress parsed;
        try {
            parsed = new InternetAddress(address, true);
            parsed.validate();
        } catch (AddressException e) {
            return "is not a valid address (" + e.getMessage() + ")";
        }
        if (parsed.getPersonal() != null || !address.equals(parsed.getAddress())) {
            return "is not a bare address (write only the address, without a name or <>)";
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.isEmpty()) return "has nothing before the @";
        if (local.length() > 64) return "has a part before the @ longer than 64 characters";
        if (!LOCAL_PART.matcher(local).matches()) return "has an unusual part before the @ (dots at the start or end, two dots together, or quotes)";
        if (domain.isEmpty()) return "has nothing after the @";
        if (domain.startsWith("[")) return "uses an IP address as its domain";
        if (domain.endsWith(".")) return "ends with a dot";
        if (!domain.contains(".")) return "has a domain without a dot (\"" + domain + "\")";
        if (address.length() > 254) return "is longer than 254 characters";
        String[] labels = domain.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) return "has two dots together in its domain";
            if (!DOMAIN_LABEL.matcher(label).matches()) return "has an invalid domain part \"" + label + "\"";
        }
        if (!TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
            return "has a domain ending \"." + labels[labels.length - 1] + "\", which is not a top-level domain";
        }
        return null;
    }

    private static List<String> boards(CsvRow row, Set<String> knownBoards, Problems problems) {
        String v = row.get("boards");
        if (v.isEmpty()) {
            problems.error(row.file(), row.line(), row.column("boards"), "boards is blank",
                    "expected one or more board ids separated by ;" + known(knownBoards));
            return null;
        }
        Set<String> boards = new LinkedHashSet<>();
        boolean ok = true;
        for (String part : v.split(";", -1)) {
            String id = part.strip();
            if (id.isEmpty()) continue;
            if (!knownBoards.isEmpty() && !knownBoards.contains(id)) {
                String hint = Hints.closest(id, knownBoards);
                problems.error(row.file(), row.line(), row.column("boards"), "unknown board \"" + id + "\"",
                        (hint == null ? "expected a board defined in templates/boards" : "did you mean \"" + hint + "\"?")
                                + known(knownBoards) + "; separate several boards with ;");
                ok = false;
            } else if (!boards.add(id)) {
                problems.warning(row.file(), row.line(), row.column("boards"), "board \"" + id + "\" is listed twice",
                        "list each board once; the member gets one message per board");
            }
        }
        if (ok && boards.isEmpty()) {
            problems.error(row.file(), row.line(), row.column("boards"), "boards \"" + v + "\" names no board",
                    "expected one or more board ids separated by ;" + known(knownBoards));
            return null;
        }
        return ok ? List.copyOf(boards) : null;
    }

    private static String known(Set<String> knownBoards) {
        return knownBoards.isEmpty() ? "" : " (known boards: " + String.join(", ", knownBoards.stream().sorted().toList()) + ")";
    }

    private static final String EXPECTED_FORMATS = "expected pdf, xlsx or html, or several joined by ; (pdf;html)";

    private static Edition edition(CsvRow row, Problems problems) {
        String v = row.has("edition") ? row.get("edition") : "";
        Edition e = Edition.parse(v);
        if (e == null) {
            String hint = Hints.closest(v.strip().toLowerCase(Locale.ROOT), Edition.IDS);
            problems.error(row.file(), row.line(), row.column("edition"), "unknown edition \"" + v + "\"",
                    "expected full, partner or blank (full)" + (hint == null ? "" : "; did you mean \"" + hint + "\"?"));
        }
        return e;
    }

    private static Set<PackFormat> formats(CsvRow row, Problems problems) {
        String v = row.get("formats");
        if (v.isEmpty()) {
            problems.error(row.file(), row.line(), row.column("formats"), "formats is blank", EXPECTED_FORMATS);
            return null;
        }
        Set<PackFormat> formats = EnumSet.noneOf(PackFormat.class);
        boolean ok = true;
        for (String part : v.split(";", -1)) {
            String code = part.strip();
            if (code.isEmpty()) continue;
            PackFormat f = PackFormat.parse(code);
            if (f == null) {
                String hint = Hints.closest(code, List.of("pdf", "xlsx", "html"));
                if (code.equalsIgnoreCase("excel") || code.equalsIgnoreCase("xls")) hint = "xlsx";
                if (code.equalsIgnoreCase("htm")) hint = "html";
                problems.error(row.file(), row.line(), row.column("formats"), "unknown format \"" + code + "\"",
                        EXPECTED_FORMATS + (hint == null ? "" : "; did you mean \"" + hint + "\"?"));
                ok = false;
            } else {
                formats.add(f);
            }
        }
        if (ok && formats.isEmpty()) {
            problems.error(row.file(), row.line(), row.column("formats"), "formats \"" + v + "\" names no format",
                    EXPECTED_FORMATS);
            return null;
        }
        return ok ? formats : null;
    }
}
