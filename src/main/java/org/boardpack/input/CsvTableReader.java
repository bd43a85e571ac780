package org.boardpack.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.boardpack.output.StopRequest;

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

    /** What a streamed file gave: its header, whether it could be read at all, and its data rows. */
    public record Streamed(String file, List<String> header, boolean usable, long dataRows) {
    }

    /**
     * Reads the whole table into memory, for the small inputs (catalogue, targets, commentary, members). Every row
     * is recorded in the problems as seen, so that rejected ones can be listed.
     *
     * @param path        the file to read
     * @param displayName how the file is named in messages (e.g. "scorecards/2026-10.csv")
     * @param required    columns that must be present
     * @param optional    columns that may be present; any other column is a warning
     */
    public static CsvTable read(Path path, String displayName, Collection<String> required,
                                Collection<String> optional, Problems problems) {
        List<CsvRow> rows = new ArrayList<>();
        Streamed s = stream(path, displayName, required, optional, problems, true, rows::add);
        return s.usable() ? new CsvTable(displayName, s.header(), rows, true) : CsvTable.unusable(displayName);
    }

    /**
     * Reads the file row by row in bounded memory (a scorecard export may be tens of megabytes): the rows that
     * pass the reader's own checks go to {@code rows} as they are read; none is kept here. A row the reader itself
     * refuses (a control character, the wrong number of fields) is kept in the problems as rejected. A file that
     * cannot be read at all is recorded as lost ({@link Problems#lostFile}) so that rejects.csv can list its lines.
     *
     * @param keepAllRows record every row as seen in the problems (small files); otherwise only the rejected ones,
     *                    and the caller calls {@link Problems#keepIfRejected} for the rows it checks
     */
    public static Streamed stream(Path path, String displayName, Collection<String> required,
                                  Collection<String> optional, Problems problems, boolean keepAllRows,
                                  Consumer<CsvRow> rows) {
        if (!Files.isRegularFile(path)) {
            problems.error(displayName, 0, "", "file not found",
                    "expected a CSV file with header " + String.join(",", required));
            return unusable(displayName);
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            raw.mark(SNIFF);
            byte[] head = raw.readNBytes(SNIFF);
            raw.reset();
            String what = notText(head);
            if (what != null) {
                reportNotText(what, head, displayName, problems);
                problems.lostFile(displayName, path, textCharset(head), problems.all().get(problems.all().size() - 1), 2);
                return unusable(displayName);
            }
            LineReader text = new LineReader(raw, displayName, problems);
            return parse(text, path, displayName, required, optional, problems, keepAllRows, rows);
        } catch (IOException | UncheckedIOException e) {
            problems.error(displayName, 0, "", "cannot read the file (" + e.getMessage() + ")",
                    "check the file's permissions");
            return unusable(displayName);
        }
    }

    private static Streamed unusable(String file) {
        return new Streamed(file, List.of(), false, 0);
    }

    private static final int SNIFF = 4096;

    /**
     * Recognises what the file really is when it is not UTF-8 text: UTF-16 or UTF-32 (by its byte-order mark, or
     * by the NUL bytes of UTF-16 without one), a zip archive such as an .xlsx workbook renamed .csv, or an old
     * binary .xls workbook. Reported once for the whole file, never echoing its bytes.
     *
     * @return what the file is, or null when it may be UTF-8 text
     */
    private static String notText(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) return "UTF-32 (big-endian) text: its byte-order mark is 00 00 FE FF";
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) return "UTF-32 (little-endian) text: its byte-order mark is FF FE 00 00";
        if (starts(b, 0xFE, 0xFF)) return "UTF-16 (big-endian) text: its byte-order mark is FE FF";
        if (starts(b, 0xFF, 0xFE)) return "UTF-16 (little-endian) text: its byte-order mark is FF FE";
        if (looksLikeUtf16WithoutBom(b)) return "UTF-16 text without a byte-order mark: every other byte is 00";
        if (starts(b, 'P', 'K', 0x03, 0x04) || starts(b, 'P', 'K', 0x05, 0x06)) return ZIP;
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return XLS;
        return null;
    }

    private static final String ZIP = "zip";
    private static final String XLS = "xls";

    private static void reportNotText(String what, byte[] head, String file, Problems problems) {
        if (what.equals(ZIP)) {
            problems.error(file, 0, "", "the file is a zip archive (it starts with PK), such as an Excel workbook (.xlsx) renamed .csv",
                    "open it in Excel and save it as \"CSV UTF-8 (Comma delimited)\"; renaming a workbook does not make it CSV");
        } else if (what.equals(XLS)) {
            problems.error(file, 0, "", "the file is an old binary Excel workbook (.xls) renamed .csv",
                    "open it in Excel and save it as \"CSV UTF-8 (Comma delimited)\"; renaming a workbook does not make it CSV");
        } else {
            problems.error(file, 0, "", "the file is " + what + ", not UTF-8",
                    "save it as \"CSV UTF-8 (Comma delimited)\" (in Excel: File, Save As) and run again");
        }
    }

    /** The charset the text of a UTF-16 or UTF-32 file is in (so that its lost lines can be listed), or null for a binary file. */
    private static Charset textCharset(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) return Charset.forName("UTF-32BE");
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) return Charset.forName("UTF-32LE");
        if (starts(b, 0xFE, 0xFF)) return StandardCharsets.UTF_16BE;
        if (starts(b, 0xFF, 0xFE)) return StandardCharsets.UTF_16LE;
        if (looksLikeUtf16WithoutBom(b)) {
            int n = Math.min(b.length, SNIFF) & ~1;
            int evenNuls = 0;
            for (int i = 0; i < n; i += 2) if (b[i] == 0) evenNuls++;
            return evenNuls * 2 >= n / 2 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        }
        return null;
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
        int n = Math.min(b.length, SNIFF) & ~1;
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

    /** The 0-based index in the line of the first byte sequence that is not UTF-8. */
    private static int findBadByte(byte[] lineBytes, int length) {
        ByteBuffer in = ByteBuffer.wrap(lineBytes, 0, length);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, java.nio.CharBuffer.allocate(length + 1), true);
        return result.isError() ? in.position() : Math.max(0, length - 1);
    }

    private static Streamed parse(LineReader text, Path path, String file, Collection<String> required,
                                  Collection<String> optional, Problems problems, boolean keepAllRows,
                                  Consumer<CsvRow> rows) {
        List<String> header = new ArrayList<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        long dataRows = 0;
        try (CSVParser parser = FORMAT.parse(text)) {
            Iterator<CSVRecord> it = parser.iterator();
            CSVRecord head = it.hasNext() ? it.next() : null;
            if (head == null || (isBlank(head) && !it.hasNext())) {
                problems.error(file, 0, "", "the file is empty",
                        "expected a header line " + String.join(",", required) + " and data rows");
                return unusable(file);
            }
            long headLine = text.lineOf(head.getCharacterPosition());
            if (!readHeader(head, headLine, file, required, optional, header, positions, problems)) {
                InputProblem cause = problems.errors().get(problems.errors().size() - 1);
                boolean noHeader = cause.found().startsWith("no header line");
                problems.lostFile(file, path, StandardCharsets.UTF_8, cause, noHeader ? headLine : headLine + 1);
                return unusable(file);
            }
            while (it.hasNext()) {
                StopRequest.check();
                CSVRecord rec;
                try {
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    reportParseFailure(e, file, problems);
                    break;
                }
                long line = text.lineOf(rec.getCharacterPosition());
                if (isBlank(rec)) continue;
                dataRows++;
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(header.size(), rec.size()); i++) {
                    values.put(header.get(i), rec.get(i));
                }
                CsvRow row = new CsvRow(file, line, positions, values);
                if (keepAllRows) problems.seen(row);
                boolean refused = refuseControlCharacters(row, problems);
                if (!refused && rec.size() != header.size()) {
                    problems.error(file, line, "", "row has " + rec.size() + " fields",
                            "expected " + header.size() + " fields as in the header; check for a stray or missing comma or quote");
                    refused = true;
                }
                if (refused || problems.hasErrorAt(file, line)) {
                    // an invalid UTF-8 byte on the line was reported as it was decoded
                    if (!keepAllRows) problems.keepIfRejected(row);
                    continue;
                }
                rows.accept(row);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            reportParseFailure(e, file, problems);
        } catch (IOException e) {
            problems.error(file, 0, "", "cannot parse the file (" + e.getMessage() + ")", "check it is a CSV file");
        }
        return new Streamed(file, List.copyOf(header), true, dataRows);
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

    private static void reportParseFailure(RuntimeException e, String file, Problems problems) {
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

    /**
     * The file's text for the parser, decoded from UTF-8 line by line so that a line holding bytes which are not
     * UTF-8 (e.g. a Windows-1252 pound sign) is reported at its own line, and remembering where the lines of the
     * part not yet parsed start, to give each record its physical line. A byte-order mark is dropped.
     */
    private static final class LineReader extends Reader {
        private final InputStream in;
        private final String file;
        private final Problems problems;
        /** Character offset of each non-blank line start not yet passed, to its 1-based line number. */
        private final TreeMap<Long, Long> lineStarts = new TreeMap<>();
        private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private byte[] lineBytes = new byte[256];
        private CharBuffer pending = CharBuffer.allocate(0);
        private long offset;
        private long line;
        private boolean first = true;
        private boolean eof;

        LineReader(InputStream in, String file, Problems problems) {
            this.in = in;
            this.file = file;
            this.problems = problems;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            while (!pending.hasRemaining()) {
                if (eof || !nextLine()) return -1;
            }
            int n = Math.min(len, pending.remaining());
            pending.get(buf, off, n);
            return n;
        }

        private boolean nextLine() throws IOException {
            int length = 0;
            int b;
            while ((b = in.read()) != -1) {
                if (length == lineBytes.length) lineBytes = Arrays.copyOf(lineBytes, length * 2);
                lineBytes[length++] = (byte) b;
                if (b == '\n') break;
            }
            if (b == -1) eof = true;
            if (length == 0) return false;
            line++;
            CharBuffer chars;
            try {
                chars = strict.reset().decode(ByteBuffer.wrap(lineBytes, 0, length));
            } catch (CharacterCodingException e) {
                int bad = findBadByte(lineBytes, length);
                problems.error(file, line, "byte " + (bad + 1) + " of the line",
                        String.format(Locale.ROOT, "invalid UTF-8 (byte 0x%02X; the file looks like a Windows-1252 or Excel \"CSV\" export)",
                                lineBytes[bad] & 0xFF),
                        "save the file as \"CSV UTF-8\" and run again");
                chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(lineBytes, 0, length)); // bad bytes become U+FFFD
            }
            if (first) {
                first = false;
                if (chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') chars.position(chars.position() + 1);
            }
            if (!isBlankLine(chars)) lineStarts.put(offset, line);
            offset += chars.remaining();
            pending = chars;
            return true;
        }

        private static boolean isBlankLine(CharBuffer chars) {
            for (int i = chars.position(); i < chars.limit(); i++) {
                char c = chars.get(i);
                if (c != '\r' && c != '\n') return false;
            }
            return true;
        }

        /**
         * The line of the first non-blank line at or after the offset (the parser's position for a record that
         * follows skipped blank lines is the start of those blank lines); lines before it are forgotten.
         */
        long lineOf(long position) {
            Map.Entry<Long, Long> e = lineStarts.ceilingEntry(position);
            long found = e == null ? line : e.getValue();
            lineStarts.headMap(position, false).clear();
            return found;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
