package org.boardpack.input;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/** Collects every problem found in one validation pass, in the order found. */
public final class Problems {

    private final List<InputProblem> all = new ArrayList<>();
    private final List<CsvRow> rowsSeen = new ArrayList<>();
    private final Map<String, InputProblem> brokenDefinitions = new HashMap<>();
    private final Map<CsvRow, InputProblem> consequences = new LinkedHashMap<>();
    /** "file|line" of every error against a row, so that checking a row is not a scan of every problem. */
    private final Set<String> errorLines = new HashSet<>();
    private final List<LostFile> lostFiles = new ArrayList<>();
    private int errorCount;

    /**
     * A file none of whose rows was read (it is not UTF-8 text, or its header is unusable, or it was refused as a
     * whole), so that rejects.csv can list its lines.
     *
     * @param charset   what its text is in, to list its lines; null for a binary file (a workbook), which has none
     * @param firstLine the first line that would have been a data row
     */
    public record LostFile(String file, Path path, Charset charset, InputProblem cause, long firstLine) {
    }

    public void add(InputProblem problem) {
        all.add(problem);
        if (problem.isError()) errorCount++;
        if (problem.isError() && problem.line() > 0) errorLines.add(problem.file() + "|" + problem.line());
    }

    public void error(String file, long line, String column, String found, String expected) {
        add(InputProblem.error(file, line, column, found, expected));
    }

    public void warning(String file, long line, String column, String found, String expected) {
        add(InputProblem.warning(file, line, column, found, expected));
    }

    public void addAll(Problems other) {
        other.all.forEach(this::add);
        lostFiles.addAll(other.lostFiles);
        rowsSeen.addAll(other.rowsSeen);
        other.brokenDefinitions.forEach(brokenDefinitions::putIfAbsent);
        consequences.putAll(other.consequences);
    }

    public List<InputProblem> all() {
        return Collections.unmodifiableList(all);
    }

    public List<InputProblem> errors() {
        return all.stream().filter(InputProblem::isError).toList();
    }

    public List<InputProblem> warnings() {
        return all.stream().filter(p -> !p.isError()).toList();
    }

    public int errorCount() {
        return errorCount;
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(InputProblem::isError);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** Records a data row read from a file, so that rejected rows can be listed with their content. */
    public void seen(CsvRow row) {
        rowsSeen.add(row);
    }

    /**
     * Keeps a row read by a streaming reader only when an error was reported against its line, so that a big file's
     * valid rows are not all held in memory.
     */
    public void keepIfRejected(CsvRow row) {
        if (errorLines.contains(row.file() + "|" + row.line()) || consequences.containsKey(row)) rowsSeen.add(row);
    }

    /** Records that none of a file's rows was read; see {@link LostFile}. */
    public void lostFile(String file, Path path, Charset charset, InputProblem cause, long firstLine) {
        lostFiles.add(new LostFile(file, path, charset, cause, firstLine));
    }

    public List<LostFile> lostFiles() {
        return Collections.unmodifiableList(lostFiles);
    }

    public List<CsvRow> rowsSeen() {
        return Collections.unmodifiableList(rowsSeen);
    }

    /**
     * Records that an id is defined (e.g. in the catalogue) but its definition was rejected for {@code cause}, so
     * that the rows using the id are not each reported as "unknown" (one root cause, reported once).
     */
    public void brokenDefinition(String id, InputProblem cause) {
        brokenDefinitions.putIfAbsent(id, cause);
    }

    /**
     * When the id's definition was rejected, rejects the row for that cause without reporting it again.
     *
     * @return true when the id's definition was rejected (the row is then rejected); false when the id is simply
     *         unknown and the caller reports it
     */
    public boolean rejectedWithDefinition(CsvRow row, String id) {
        InputProblem cause = brokenDefinitions.get(id);
        if (cause == null) return false;
        consequences.putIfAbsent(row, cause);
        return true;
    }

    /** The error that rejected the id's definition, or null when its definition was not rejected. */
    public InputProblem brokenDefinitionOf(String id) {
        return brokenDefinitions.get(id);
    }

    /** Why a row left out because of a rejected definition was left out, or null when it was not. */
    public String consequenceOf(CsvRow row) {
        InputProblem cause = consequences.get(row);
        return cause == null ? null : "not read: its indicator's definition at " + cause.location() + " has an error ("
                + cause.found() + ")";
    }

    /** Every data row read that has an error reported against its line, or that uses a rejected definition, in the order read. */
    public List<CsvRow> rejectedRows() {
        Set<String> bad = new HashSet<>(errorLines);
        for (CsvRow r : consequences.keySet()) bad.add(r.file() + "|" + r.line());
        return rowsSeen.stream().filter(r -> bad.contains(r.file() + "|" + r.line())).toList();
    }

    /** The errors that concern a whole file rather than a row (e.g. a missing column): the file was not read. */
    public List<InputProblem> fileErrors() {
        return all.stream().filter(p -> p.isError() && p.line() == 0).toList();
    }

    /** Whether any error was reported against this line of this file (so the row is rejected). */
    public boolean hasErrorAt(String file, long line) {
        return errorLines.contains(file + "|" + line);
    }
}
