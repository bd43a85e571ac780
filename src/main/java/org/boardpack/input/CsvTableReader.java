package org.boardpack.input;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file by its header, reporting problems instead of throwing: missing or empty file, invalid
 * UTF-8, missing or duplicate columns, ragged rows, unterminated quotes. UTF-8 with or without a BOM,
 * CRLF or LF. Column names are matched case-insensitively and trimmed.
 */
public final class CsvTableReader {

    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");
    /** Free-text columns that may hold line breaks (a quoted cell over several lines); every other value is one line. */
    static final Set<String> MULTI_LINE_COLUMNS = Set.of("commentary", "recommendation", "progress", "definition");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvTableReader() {
    }

    /**
     * @param path        the file to read
     * @param displayName how the file is named in messages (e.g. "scorecards/2026-10.csv")
     * @param required    columns that must be present
     * @param optional    columns that may be present; any other column is a warning
     */
    public static CsvTable read(Path path, String displayName, Collection<String> required,
                                Collection<String> optional, Problems problems) {
        if (!Files.isRegularFile(path)) {
            problems.error(displayName, 0, "", "file not found",
                    "expected a CSV file with header " + String.join(",", required));
            return CsvTable.unusable(displayName);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.error(displayName, 0, "", "cannot read the file (" + e.getMessage() + ")",
                    "check the file's permissions");
            return CsvTable.unusable(displayName);
        }
        if (!isText(bytes, displayName, problems)) return CsvTable.unusable(displayName);
        String text = decode(bytes, displayName, problems);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) {
            problems.error(displayName, 0, "", "the file is empty",
                    "expected a header line " + String.join(",", required) + " and data rows");
            return CsvTable.unusable(displayName);
        }
        return parse(text, displayName, required, optional, problems);
    }

    /**
     * Recognises what the file really is when it is not UTF-8 text: UTF-16 or UTF-32 (by its byte-order mark, or
     * by the NUL bytes of UTF-16 without one), a zip archive such as an .xlsx workbook renamed .csv, or an old
     * binary .xls workbook. Reported once for the whole file, never echoing its bytes.
     */
    private static boolean isText(byte[] b, String file, Problems problems) {
        String what = null;
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) what = "UTF-32 (big-endian) text: its byte-order mark is 00 00 FE FF";
        else if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) what = "UTF-32 (little-endian) text: its byte-order mark is FF FE 00 00";
        else if (starts(b, 0xFE, 0xFF)) what = "UTF-16 (big-endian) text: its byte-order mark is FE FF";
        else if (starts(b, 0xFF, 0xFE)) what = "UTF-16 (little-endian) text: its byte-order mark is FF FE";
        else if (looksLikeUtf16WithoutBom(b)) what = "UTF-16 text without a byte-order mark: every other byte is 00";
        if (what != null) {
            problems.error(file, 0, "", "the file is " + what + ", not UTF-8",
                    "save it as \"CSV UTF-8 (Comma delimited)\" (in Excel: File, Save As) and run again");
            return false;
        }
        if (starts(b, 'P', 'K', 0x03, 0x04) || starts(b, 'P', 'K', 0x05, 0x06)) {
            problems.error(file, 0, "", "the file is a zip archive (it starts with PK), such as an Excel workbook (.xlsx) renamed .csv",
                    "open it in Excel and save it as \"CSV UTF-8 (Comma delimited)\"; renaming a workbook does not make it CSV");
            return false;
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            problems.error(file, 0, "", "the file is an old binary Excel workbook (.xls) renamed .csv",
                    "open it in Excel and save it as \"CSV UTF-8 (Comma delimited)\"; renaming a workbook does not make it CSV");
            return false;
        }
        return true;
    }

    private static boolean starts(byte[] b, int... signature) {
        if (b.length < signature.length) return false;
        for (int i = 0; i < signature.length; i++) {
            if ((b[i] & 0xFF) != signature[i]) return false;
        }
        return true;
    }

    /** ASCII text in UTF-16 has a NUL in every other byte; UTF-8 text never has many NULs. */
    private static boolean looksLikeUtf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) return false;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenNuls++;
            if (b[i + 1] == 0) oddNuls++;
        }
        int pairs = n / 2;
        return Math.max(evenNuls, oddNuls) * 10 >= pairs * 7;
    }

    private static String decode(byte[] bytes, String file, Problems problems) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            reportInvalidUtf8(bytes, file, problems);
            return new String(bytes, StandardCharsets.UTF_8); // bad bytes become U+FFFD; their rows are rejected
        }
    }

    /** One error per line that holds bytes which are not UTF-8, e.g. a Windows-1252 pound sign. */
    private static void reportInvalidUtf8(byte[] bytes, String file, Problems problems) {
        int lineStart = 0;
        long line = 1;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                byte[] lineBytes = Arrays.copyOfRange(bytes, lineStart, i);
                CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                ByteBuffer in = ByteBuffer.wrap(lineBytes);
                try {
                    d.decode(in);
                } catch (CharacterCodingException e) {
                    int bad = findBadByte(lineBytes);
                    problems.error(file, line, "byte " + (bad + 1) + " of the line",
                            String.format(Locale.ROOT, "invalid UTF-8 (byte 0x%02X; the file looks like a Windows-1252 or Excel \"CSV\" export)",
                                    lineBytes[bad] & 0xFF),
                            "save the file as \"CSV UTF-8\" and run again");
                }
                lineStart = i + 1;
                line++;
            }
        }
    }

    /** The 0-based index in the line of the first byte sequence that is not UTF-8. */
    private static int findBadByte(byte[] lineBytes) {
        ByteBuffer in = ByteBuffer.wrap(lineBytes);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, java.nio.CharBuffer.allocate(lineBytes.length + 1), true);
        return result.isError() ? in.position() : Math.max(0, lineBytes.length - 1);
    }

    private static CsvTable parse(String text, String file, Collection<String> required,
                                  Collection<String> optional, Problems problems) {
        LineIndex lines = new LineIndex(text);
        List<CsvRow> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        boolean usable = true;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                problems.error(file, 0, "", "the file is empty", "expected a header line " + String.join(",", required));
                return CsvTable.unusable(file);
            }
            CSVRecord head = it.next();
            long headLine = lines.lineOf(head.getCharacterPosition());
            usable = readHeader(head, headLine, file, required, optional, header, positions, problems);
            if (!usable) return CsvTable.unusable(file);
            while (it.hasNext()) {
                CSVRecord rec;
                try {
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    reportParseFailure(e, file, lines, problems);
                    break;
                }
                long line = lines.lineOf(rec.getCharacterPosition());
                if (isBlank(rec)) continue;
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(header.size(), rec.size()); i++) {
                    values.put(header.get(i), rec.get(i));
                }
                CsvRow row = new CsvRow(file, line, positions, values);
                problems.seen(row);
                if (refuseControlCharacters(row, problems)) continue;
                if (rec.size() != header.size()) {
                    problems.error(file, line, "", "row has " + rec.size() + " fields",
                            "expected " + header.size() + " fields as in the header; check for a stray or missing comma or quote");
                    continue;
                }
                rows.add(row);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            reportParseFailure(e, file, lines, problems);
        } catch (IOException e) {
            problems.error(file, 0, "", "cannot parse the file (" + e.getMessage() + ")", "check it is a CSV file");
        }
        return new CsvTable(file, List.copyOf(header), rows, true);
    }

    private static boolean readHeader(CSVRecord head, long line, String file, Collection<String> required,
                                      Collection<String> optional, List<String> header,
                                      Map<String, Integer> positions, Problems problems) {
        boolean usable = true;
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < head.size(); i++) {
            String name = head.get(i).strip().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) name = name.substring(1);
            header.add(name);
            if (name.isEmpty()) continue;
            if (!seen.add(name)) {
                problems.error(file, line, name + " (column " + (i + 1) + ")",
                        "duplicate column name \"" + name + "\" (also column " + positions.get(name) + ")",
                        "each column name must appear once; remove or rename one");
                usable = false;
            } else {
                positions.put(name, i + 1);
            }
        }
        String delimiter = otherDelimiter(head, required);
        if (delimiter != null) {
            problems.error(file, line, "", "the values are separated by " + delimiter + ", not commas",
                    "save the file as \"CSV UTF-8 (Comma delimited)\", or export it with a comma as the separator");
            return false;
        }
        for (String col : required) {
            if (!positions.containsKey(col)) {
                boolean looksLikeData = header.stream().noneMatch(h -> required.contains(h));
                problems.error(file, line, col,
                        looksLikeData ? "no header line (first line is " + shorten(String.join(",", head.toList())) + ")"
                                : "required column \"" + col + "\" is absent",
                        "the first line must be the header " + String.join(",", required));
                usable = false;
                if (looksLikeData) break;
            }
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (!required.contains(name) && !optional.contains(name)) {
                problems.warning(file, line, (name.isEmpty() ? "(blank)" : name) + " (column " + (i + 1) + ")",
                        "unknown column \"" + name + "\" is ignored",
                        "known columns are " + String.join(",", concat(required, optional)));
            }
        }
        return usable;
    }

    /**
     * A control character in any cell is an error, and so is a line break in a single-line value (a name, an id,
     * a title): only the free-text columns {@link #MULTI_LINE_COLUMNS} may run over several lines. Such a row
     * is rejected here, so no reader ever takes its text into a message, the console or the log.
     *
     * @return whether the row was refused
     */
    private static boolean refuseControlCharacters(CsvRow row, Problems problems) {
        boolean refused = false;
        for (var e : row.values().entrySet()) {
            boolean multiLine = MULTI_LINE_COLUMNS.contains(e.getKey());
            String v = e.getValue();
            int at = ControlCharacters.find(v, multiLine);
            if (at < 0) continue;
            refused = true;
            problems.error(row.file(), row.line(), row.column(e.getKey()),
                    e.getKey() + " holds " + ControlCharacters.describe(v, at) + " at character " + (at + 1) + ": " + shorten(v),
                    v.charAt(at) == '\r' || v.charAt(at) == '\n'
                            ? "a value in " + e.getKey() + " must be on one line; remove the line break"
                            : "remove the control character (it is invisible in most editors)");
        }
        return refused;
    }

    private static final Map<String, String> OTHER_DELIMITERS = Map.of(";", "semicolons (;)", "\t", "tabs", "|", "vertical bars (|)");

    /** The name of the separator the header really uses when it holds the required columns split by it. */
    private static String otherDelimiter(CSVRecord head, Collection<String> required) {
        if (required.isEmpty()) return null;
        String raw = String.join(",", head.toList());
        for (var d : OTHER_DELIMITERS.entrySet()) {
            if (!raw.contains(d.getKey())) continue;
            Set<String> names = new LinkedHashSet<>();
            for (String part : raw.split(Pattern.quote(d.getKey()), -1)) {
                String n = part.strip().toLowerCase(Locale.ROOT);
                names.add(n.startsWith("\uFEFF") ? n.substring(1) : n);
            }
            if (names.containsAll(required)) return d.getValue();
        }
        return null;
    }

    private static List<String> concat(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void reportParseFailure(RuntimeException e, String file, LineIndex lines, Problems problems) {
        String msg = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage());
        Matcher m = START_LINE.matcher(msg);
        long line = m.find() ? Long.parseLong(m.group(1)) : 0;
        if (msg.contains("EOF reached before encapsulated token finished")) {
            problems.error(file, line, "", "a quoted value is never closed (unterminated quote)",
                    "close the quote with \" or remove it; rows from this line on were not read");
        } else {
            problems.error(file, line, "", "the file cannot be parsed as CSV (" + msg + ")",
                    "check the quotes on this line; rows from this line on were not read");
        }
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    private static boolean isBlank(CSVRecord rec) {
        for (String v : rec) {
            if (!v.isBlank()) return false;
        }
        return true;
    }

    /** Maps a character offset to its 1-based line number. */
    private static final class LineIndex {
        private final int[] starts;
        private final String text;

        LineIndex(String text) {
            this.text = text;
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') s.add(i + 1);
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The line of the first character at or after offset that is not a line break (the parser's position
         * for a record that follows skipped blank lines is the start of those blank lines). */
        long lineOf(long offset) {
            while (offset < text.length() && (text.charAt((int) offset) == '\r' || text.charAt((int) offset) == '\n')) offset++;
            int idx = Arrays.binarySearch(starts, (int) offset);
            return (idx >= 0 ? idx : -idx - 2) + 1;
        }
    }
}
