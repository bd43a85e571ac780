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
        String text = decode(bytes, displayName, problems);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) {
            problems.error(displayName, 0, "", "the file is empty",
                    "expected a header line " + String.join(",", required) + " and data rows");
            return CsvTable.unusable(displayName);
        }
        return parse(text, displayName, required, optional, problems);
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
        for (String col : required) {
            if (!positions.containsKey(col)) {
                boolean looksLikeData = header.stream().noneMatch(h -> required.contains(h));
                problems.error(file, line, col,
                        looksLikeData ? "no header line (first line is " + String.join(",", head.toList()) + ")"
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
