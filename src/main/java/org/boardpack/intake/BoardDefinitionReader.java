package org.boardpack.intake;

import org.boardpack.input.ControlCharacters;
import org.boardpack.input.BoardDefinition;
import org.boardpack.input.ExceptionRules;
import org.boardpack.input.Hints;
import org.boardpack.input.InputPaths;
import org.boardpack.input.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads {@code templates/boards/<board>.yml}. */
public final class BoardDefinitionReader {

    public static final String FOLDER = "boards";

    private BoardDefinitionReader() {
    }

    public static Path fileFor(Path templatesDir, String boardId) {
        return templatesDir.resolve(FOLDER).resolve(boardId + ".yml");
    }

    /** The board ids defined under templates/boards. */
    /** The editions a board may list (the ids of pack.Edition, which this layer does not know). */
    static final List<String> EDITIONS = List.of("full", "partner");

    public static List<String> boardIds(Path templatesDir) {
        Path dir = templatesDir.resolve(FOLDER);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The value as one line of text; a line break or control character in it is an error. */
    static String singleLine(Object value, String file, int line, String key, Problems problems) {
        String v = value == null ? "" : String.valueOf(value).strip();
        int at = ControlCharacters.find(v, false);
        if (at >= 0) {
            problems.error(file, line, key, key + " holds " + ControlCharacters.describe(v, at) + " at character " + (at + 1) + ": " + v,
                    "write it on one line, without control characters");
        }
        return v;
    }

    /** @return the definition, or null when it is missing or unusable (the reasons are in problems) */
    public static BoardDefinition read(Path templatesDir, String boardId, Collection<String> knownIndicators,
                                       Problems problems) {
        Path file = fileFor(templatesDir, boardId);
        String shown = InputPaths.display(file);
        if (!Files.isRegularFile(file)) {
            List<String> known = boardIds(templatesDir);
            problems.error(shown, 0, "", "no definition for board \"" + boardId + "\"",
                    known.isEmpty() ? "create " + shown + " with a title and sections"
                            : "use one of the defined boards: " + String.join(", ", known));
            return null;
        }
        Object doc;
        YamlLines lines;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            lines = YamlLines.of(text);
        } catch (MarkedYAMLException e) {
            problems.error(shown, e.getProblemMark().getLine() + 1, "column " + (e.getProblemMark().getColumn() + 1),
                    "YAML syntax error: " + e.getProblem(), "check the indentation and the colons on this line");
            return null;
        } catch (YAMLException | IOException e) {
            problems.error(shown, 0, "", "cannot read the board definition (" + e.getMessage() + ")",
                    "save it as UTF-8 YAML");
            return null;
        }
        if (!(doc instanceof Map<?, ?> map)) {
            problems.error(shown, 0, "", "the file is empty or not a YAML map", "expected keys title, description and sections");
            return null;
        }
        String title = singleLine(map.get("title"), shown, lines.line("title"), "title", problems);
        if (title.isEmpty()) {
            problems.error(shown, 0, "title", "title is missing", "give the board's title, e.g. title: Children's Services Improvement Board");
        }
        String description = map.get("description") == null ? "" : String.valueOf(map.get("description")).strip();
        List<BoardDefinition.Section> sections = new ArrayList<>();
        if (!(map.get("sections") instanceof List<?> list) || list.isEmpty()) {
            problems.error(shown, 0, "sections", "sections are missing", "expected a list of sections, each with a title and indicators");
            return null;
        }
        Map<String, String> listedAt = new HashMap<>();
        int n = 0;
        for (Object s : list) {
            n++;
            if (!(s instanceof Map<?, ?> sm) || sm.get("title") == null || !(sm.get("indicators") instanceof List<?> ids)) {
                problems.error(shown, lines.line("sections", n - 1), "sections[" + n + "]", "section " + n + " has no title or no indicators list",
                        "expected - title: ... and indicators: [id, id, ...]");
                continue;
            }
            String sectionTitle = singleLine(sm.get("title"), shown, lines.line("sections", n - 1, "title"),
                    "sections[" + n + "].title", problems);
            List<String> indicatorIds = new ArrayList<>();
            int j = 0;
            for (Object id : ids) {
                int line = lines.line("sections", n - 1, "indicators", j);
                String column = "sections[" + n + "].indicators";
                j++;
                String sid = String.valueOf(id).strip();
                if (!knownIndicators.isEmpty() && !knownIndicators.contains(sid)) {
                    // an indicator whose catalogue row has errors is reported there, once
                    if (problems.brokenDefinitionOf(sid) == null) {
                        problems.error(shown, line, column, "unknown indicator id \"" + sid + "\"",
                                Hints.unknownIdExpected(sid, knownIndicators, "an indicator id"));
                    }
                    continue;
                }
                String place = "section " + n + " \"" + sectionTitle + "\"" + (line > 0 ? ", line " + line : "");
                String first = listedAt.putIfAbsent(sid, place);
                if (first != null) {
                    problems.error(shown, line, column, "indicator \"" + sid + "\" is listed twice in the board (also in " + first + ")",
                            "list each indicator once in a board: remove one of the two");
                    continue;
                }
                indicatorIds.add(sid);
            }
            sections.add(new BoardDefinition.Section(sectionTitle, indicatorIds));
        }
        return new BoardDefinition(boardId, title, description, sections, editions(map, shown, lines, problems),
                exceptionRules(map, shown, lines, problems));
    }

    /**
     * The optional {@code exceptions:} map: {@code act: [...]} and {@code watch: [...]}, each a list of condition
     * keys; a list not given keeps its default.
     */
    static ExceptionRules exceptionRules(Map<?, ?> map, String file, YamlLines lines, Problems problems) {
        ExceptionRules defaults = ExceptionRules.defaults();
        Object value = map.get("exceptions");
        if (value == null) return defaults;
        String keys = String.join(", ", java.util.Arrays.stream(ExceptionRules.Condition.values())
                .map(ExceptionRules.Condition::key).toList());
        if (!(value instanceof Map<?, ?> rules)) {
            problems.error(file, lines.line("exceptions"), "exceptions", "exceptions must be a map with act and watch lists",
                    "e.g. exceptions: {act: [red, spc-concern, assurance-fails], watch: [amber, green-spc-concern]}");
            return defaults;
        }
        for (Object k : rules.keySet()) {
            if (!"act".equals(k) && !"watch".equals(k)) {
                problems.error(file, lines.line("exceptions", String.valueOf(k)), "exceptions." + k,
                        "unknown key \"" + k + "\" under exceptions", "use act and watch");
            }
        }
        Set<ExceptionRules.Condition> act = conditions(rules, "act", defaults.act(), file, lines, keys, problems);
        Set<ExceptionRules.Condition> watch = conditions(rules, "watch", defaults.watch(), file, lines, keys, problems);
        for (ExceptionRules.Condition c : act) {
            if (rules.containsKey("watch") && watch.contains(c)) {
                problems.error(file, lines.line("exceptions", "watch"), "exceptions.watch",
                        c.key() + " is on both the act and the watch list", "list it once: act or watch");
            }
        }
        if (!rules.containsKey("watch")) watch.removeAll(act);
        return new ExceptionRules(act, watch);
    }

    private static Set<ExceptionRules.Condition> conditions(Map<?, ?> rules, String list, Set<ExceptionRules.Condition> dflt,
                                                            String file, YamlLines lines, String keys, Problems problems) {
        if (!rules.containsKey(list)) return EnumSet.copyOf(dflt);
        Set<ExceptionRules.Condition> out = EnumSet.noneOf(ExceptionRules.Condition.class);
        Object v = rules.get(list);
        if (v == null) return out;
        if (!(v instanceof List<?> items)) {
            problems.error(file, lines.line("exceptions", list), "exceptions." + list, "exceptions." + list + " must be a list",
                    "e.g. " + list + ": [" + keys + "]");
            return out;
        }
        for (Object item : items) {
            String key = String.valueOf(item).strip();
            ExceptionRules.Condition c = ExceptionRules.Condition.ofKey(key);
            if (c == null) {
                problems.error(file, lines.line("exceptions", list), "exceptions." + list,
                        "unknown condition \"" + key + "\"", "use one of: " + keys);
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** The {@code editions} list: full and/or partner (the ids of pack.Edition); default full. */
    private static List<String> editions(Map<?, ?> map, String shown, YamlLines lines, Problems problems) {
        Object v = map.get("editions");
        if (v == null) return List.of("full");
        List<?> items = v instanceof List<?> l ? l : List.of(v);
        List<String> editions = new ArrayList<>();
        for (Object item : items) {
            String id = String.valueOf(item).strip().toLowerCase(java.util.Locale.ROOT);
            if (!EDITIONS.contains(id)) {
                problems.error(shown, lines.line("editions"), "editions", "unknown edition \"" + item + "\"",
                        "expected a list of full and/or partner, e.g. editions: [full, partner]");
            } else if (!editions.contains(id)) {
                editions.add(id);
            }
        }
        return editions;
    }
}
