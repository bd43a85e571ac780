package org.boardpack.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.input.Problems;

/**
 * Reads DfE's statistical-neighbour files, one row per LA with its ten neighbours' old LA codes, in either layout:
 * <ul>
 *   <li>2025 model ({@code sn_model_2025_wide.csv}): {@code old_la_code, la_name, ..., SN_1, SN_1P, ..., SN_10,
 *       SN_10P}, where {@code SN_kP} is the closeness of neighbour k;</li>
 *   <li>2021 model ({@code New_Statistical_Neighbour_Groupings_April_2021.csv}): {@code LA num, LA Name, LA number,
 *       ..., SN1, SNP, SN2, SNP, ..., SN10, SNP}, where each {@code SNP} (the same name ten times) is the
 *       closeness of the {@code SNk} column just before it.</li>
 * </ul>
 * Columns are found by name (any order, any case), so both layouts and variants of them are read by one rule:
 * the LA code is the first of {@code old_la_code, la_code, la num, la_num, la number}; neighbour k is the column
 * {@code SN_k} or {@code SNk}; its closeness is {@code SN_kP} / {@code SNkP}, or an {@code SNP} column right after it.
 */
public final class NeighbourFile {

    /** The neighbours read and which layout the file had. */
    public record Result(List<Neighbour> neighbours, String layout, int authorities) {
    }

    private static final List<String> CODE_COLUMNS = List.of("old_la_code", "la_code", "la num", "la_num", "la number");
    private static final Pattern SN = Pattern.compile("sn_?(\\d{1,2})");
    private static final Pattern SNP = Pattern.compile("sn_?(\\d{1,2})p");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(20\\d{2})");

    private NeighbourFile() {
    }

    /** @return whether a header (lower-cased) looks like a statistical-neighbour file */
    public static boolean looksLikeNeighbourHeader(List<String> header) {
        if (header == null) return false;
        boolean code = header.stream().anyMatch(CODE_COLUMNS::contains);
        boolean sn = header.stream().anyMatch(h -> SN.matcher(h).matches());
        return code && sn && !header.contains("neighbour_code");
    }

    /**
     * Finds the statistical-neighbour file in a folder. When several are there, the one with the latest model year
     * in its name (e.g. 2025 in sn_model_2025_wide.csv) is chosen and a warning names it and the others.
     *
     * @return the file, or null when none (reported as an error)
     */
    public static Path detect(Path dir, String dirName, Problems problems) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.{csv,CSV}")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p) && looksLikeNeighbourHeader(EesCsvReader.peekHeader(p))) found.add(p);
            }
        } catch (IOException e) {
            problems.error(dirName, 0, "", "cannot list the folder (" + e.getMessage() + ")", "check the folder exists and is readable");
            return null;
        }
        if (found.isEmpty()) {
            problems.error(dirName, 0, "", "no statistical-neighbour file found",
                    "put DfE's sn_model_2025_wide.csv (or the 2021 groupings file) in the folder, or name the file explicitly");
            return null;
        }
        found.sort(Comparator.comparingInt((Path p) -> modelYear(p.getFileName().toString()))
                .thenComparing(p -> p.getFileName().toString()));
        Path chosen = found.get(found.size() - 1);
        if (found.size() > 1) {
            List<String> others = found.subList(0, found.size() - 1).stream().map(p -> p.getFileName().toString()).toList();
            problems.warning(dirName, 0, "", "several statistical-neighbour files (" + chosen.getFileName() + ", "
                            + String.join(", ", others) + "); using " + chosen.getFileName() + ", the latest model by its name",
                    "name the neighbour file explicitly to use another model");
        }
        return chosen;
    }

    private static int modelYear(String name) {
        Matcher m = YEAR_IN_NAME.matcher(name);
        int best = 0;
        while (m.find()) best = Math.max(best, Integer.parseInt(m.group(1)));
        return best;
    }

    /** Reads a neighbour file in either layout; problems carry file, line and column. */
    public static Result read(Path path, String displayName, Problems problems) {
        try (EesCsvReader r = EesCsvReader.open(path, displayName, problems)) {
            if (r == null) return new Result(List.of(), "", 0);
            List<String> header = r.header();
            int codeCol = -1;
            for (String c : CODE_COLUMNS) {
                if (r.has(c)) {
                    codeCol = r.index(c);
                    break;
                }
            }
            Map<Integer, Integer> snCols = new HashMap<>();   // position k -> column
            Map<Integer, Integer> closeCols = new HashMap<>();
            boolean underscore = false;
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i);
                Matcher sn = SN.matcher(h);
                Matcher snp = SNP.matcher(h);
                if (sn.matches()) {
                    int k = Integer.parseInt(sn.group(1));
                    if (h.contains("_")) underscore = true;
                    if (snCols.putIfAbsent(k, i) != null) {
                        problems.error(displayName, r.headerLine(), h + " (column " + (i + 1) + ")",
                                "neighbour column " + h + " appears twice", "each neighbour position must appear once");
                    }
                } else if (snp.matches()) {
                    closeCols.putIfAbsent(Integer.parseInt(snp.group(1)), i);
                } else if (h.equals("snp") && i > 0) {
                    Matcher prev = SN.matcher(header.get(i - 1));
                    if (prev.matches()) closeCols.putIfAbsent(Integer.parseInt(prev.group(1)), i);
                }
            }
            if (codeCol < 0 || snCols.isEmpty()) {
                problems.error(displayName, r.headerLine(), codeCol < 0 ? "old_la_code" : "SN_1",
                        codeCol < 0 ? "no LA code column (header is " + String.join(",", header) + ")"
                                : "no neighbour columns SN_1..SN_10 or SN1..SN10",
                        "expected DfE's statistical-neighbour layout: old_la_code, ..., SN_1, SN_1P, ..., SN_10, SN_10P "
                                + "(2025) or LA num, ..., SN1, SNP, ..., SN10, SNP (2021)");
                return new Result(List.of(), "", 0);
            }
            String layout = underscore ? "2025 layout (SN_1..SN_10 with SN_kP closeness)"
                    : "2021 layout (SN1..SN10, each followed by SNP closeness)";
            List<Integer> positions = new ArrayList<>(snCols.keySet());
            positions.sort(Comparator.naturalOrder());
            List<Neighbour> out = new ArrayList<>();
            Map<String, Long> seen = new LinkedHashMap<>();
            EesCsvReader.Record rec;
            while ((rec = r.next()) != null) {
                String la = rec.get(codeCol);
                if (!EesValues.isOldLaCode(la)) {
                    problems.error(displayName, rec.line(), r.column(header.get(codeCol)),
                            "\"" + la + "\" is not an old LA code", "expected 3 digits, e.g. 822 for Bedford; row skipped");
                    continue;
                }
                Long before = seen.putIfAbsent(la, rec.line());
                if (before != null) {
                    problems.error(displayName, rec.line(), r.column(header.get(codeCol)),
                            "LA " + la + " appears twice (also line " + before + ")", "keep one row per LA; this row is skipped");
                    continue;
                }
                for (int k : positions) {
                    int col = snCols.get(k);
                    String code = rec.get(col);
                    if (code.isEmpty()) continue;
                    if (!EesValues.isOldLaCode(code)) {
                        problems.error(displayName, rec.line(), r.header().get(col) + " (column " + (col + 1) + ")",
                                "\"" + code + "\" is not an old LA code", "expected 3 digits; this neighbour is skipped");
                        continue;
                    }
                    if (code.equals(la)) {
                        problems.warning(displayName, rec.line(), r.header().get(col) + " (column " + (col + 1) + ")",
                                "LA " + la + " is listed as its own neighbour", "this neighbour is skipped");
                        continue;
                    }
                    Integer cc = closeCols.get(k);
                    out.add(new Neighbour(la, code, k, cc == null ? "" : rec.get(cc), 0));
                }
            }
            return new Result(out, layout, seen.size());
        }
    }

}
