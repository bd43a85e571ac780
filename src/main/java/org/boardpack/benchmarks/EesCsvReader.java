package org.boardpack.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.boardpack.input.Problems;

/**
 * Streams a large CSV file (DfE's EES files run to hundreds of megabytes) record by record, by header position,
 * reporting problems instead of throwing. UTF-8 with or without a BOM, CRLF or LF. Header names are trimmed and
 * lower-cased; duplicate names are kept (the 2021 statistical-neighbour file repeats {@code SNP}), so look
 * columns up by position or with {@link #index(String)}, which returns the first.
 */
final class EesCsvReader implements AutoCloseable {

    /** One data record: its 1-based physical start line and its raw (trimmed) cells. */
    record Record(long line, List<String> cells) {
        String get(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final String file;
    private final Problems problems;
    private final CSVParser parser;
    private final Iterator<CSVRecord> it;
    private final List<String> header;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final long headerLine;
    private boolean reportedBadUtf8;

    private EesCsvReader(String file, Problems problems, CSVParser parser, Iterator<CSVRecord> it,
                         List<String> header, long headerLine) {
        this.file = file;
        this.problems = problems;
        this.parser = parser;
        this.it = it;
        this.header = header;
        this.headerLine = headerLine;
        for (int i = 0; i < header.size(); i++) index.putIfAbsent(header.get(i), i);
    }

    /**
     * Opens the file and reads its header.
     *
     * @return the reader, or null when the file is missing, unreadable or empty (reported as an error)
     */
    static EesCsvReader open(Path path, String displayName, Problems problems) {
        if (!Files.isRegularFile(path)) {
            problems.error(displayName, 0, "", "file not found", "expected a CSV file at " + path);
            return null;
        }
        CSVParser parser = null;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            PushbackReader reader = new PushbackReader(new BufferedReader(
                    new InputStreamReader(Files.newInputStream(path), decoder), 1 << 16), 1);
            int first = reader.read();
            if (first != -1 && first != '\uFEFF') reader.unread(first);
            parser = FORMAT.parse(reader);
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                problems.error(displayName, 0, "", "the file is empty", "expected an EES header line starting time_period,time_identifier,geographic_level");
                parser.close();
                return null;
            }
            CSVRecord head = it.next();
            List<String> header = new ArrayList<>();
            for (String h : head) header.add(h.strip().toLowerCase(Locale.ROOT));
            return new EesCsvReader(displayName, problems, parser, it, List.copyOf(header), startLine(parser, head));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.error(displayName, 0, "", "cannot read the file (" + e.getMessage() + ")", "check it is a CSV file and readable");
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // nothing more to report
                }
            }
            return null;
        }
    }

    /** Reads only the header line (for detecting a file's kind); null when unreadable, no problem reported. */
    static List<String> peekHeader(Path path) {
        Problems ignored = new Problems();
        try (EesCsvReader r = open(path, path.getFileName().toString(), ignored)) {
            return r == null ? null : r.header();
        }
    }

    String file() {
        return file;
    }

    List<String> header() {
        return header;
    }

    long headerLine() {
        return headerLine;
    }

    /** @return the 0-based position of the first column with this (lower-case) name, or -1 */
    int index(String column) {
        Integer i = index.get(column);
        return i == null ? -1 : i;
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    /** "name (column N)" for messages. */
    String column(String name) {
        int i = index(name);
        return i < 0 ? name : name + " (column " + (i + 1) + ")";
    }

    /**
     * @return the next record, or null at the end of the file or when the rest cannot be parsed (reported).
     *         Ragged records (a different number of cells than the header) are reported and skipped; a trailing
     *         blank cell beyond the header is tolerated.
     */
    Record next() {
        while (true) {
            CSVRecord rec;
            try {
                if (!it.hasNext()) return null;
                rec = it.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                reportParseFailure(e);
                return null;
            }
            long line = startLine(parser, rec);
            List<String> cells = new ArrayList<>(rec.size());
            boolean blank = true;
            for (String c : rec) {
                String t = c.strip();
                cells.add(t);
                if (!t.isEmpty()) blank = false;
            }
            if (blank) continue;
            while (cells.size() > header.size() && cells.get(cells.size() - 1).isEmpty()) cells.remove(cells.size() - 1);
            if (cells.size() != header.size()) {
                problems.error(file, line, "", "row has " + rec.size() + " fields",
                        "expected " + header.size() + " fields as in the header; check for a stray or missing comma or quote");
                continue;
            }
            if (!reportedBadUtf8) {
                for (String c : cells) {
                    if (c.indexOf('\uFFFD') >= 0) {
                        problems.warning(file, line, "", "invalid UTF-8 (the file looks like a Windows-1252 or Excel \"CSV\" export); "
                                        + "text on this and later lines may be garbled",
                                "save the file as \"CSV UTF-8\"; codes and figures are still read");
                        reportedBadUtf8 = true;
                        break;
                    }
                }
            }
            return new Record(line, Collections.unmodifiableList(cells));
        }
    }

    /** The record's first physical line: the parser's line after the record less the line breaks inside it. */
    private static long startLine(CSVParser parser, CSVRecord rec) {
        long end = parser.getCurrentLineNumber();
        long inner = 0;
        for (String c : rec) {
            for (int i = 0; i < c.length(); i++) if (c.charAt(i) == '\n') inner++;
        }
        return Math.max(1, end - inner);
    }

    private void reportParseFailure(RuntimeException e) {
        String msg = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage());
        Matcher m = START_LINE.matcher(msg);
        long line = m.find() ? Long.parseLong(m.group(1)) : 0;
        problems.error(file, line, "", "the file cannot be parsed as CSV from here (" + msg + ")",
                "check the quotes on this line; rows from this line on were not read");
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // read-only file: nothing to report
        }
    }
}
