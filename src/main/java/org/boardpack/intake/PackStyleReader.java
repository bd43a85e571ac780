package org.boardpack.intake;

import org.boardpack.input.Hints;
import org.boardpack.input.InputPaths;
import org.boardpack.input.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.boardpack.pack.PackStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads the optional {@code templates/pack-style.yml} and {@code templates/logo.png}. */
public final class PackStyleReader {

    public static final String FILE = "pack-style.yml";
    public static final String LOGO = "logo.png";
    /** The keys pack-style.yml may hold. */
    public static final List<String> KEYS = List.of("cover_title", "cover_subtitle", "contact", "colours");
    private static final Pattern HEX = Pattern.compile("#?[0-9A-Fa-f]{6}");

    private PackStyleReader() {
    }

    public static PackStyle read(Path templatesDir, Problems problems) {
        PackStyle d = PackStyle.defaults();
        Path file = templatesDir.resolve(FILE);
        String shown = InputPaths.display(file);
        Map<?, ?> map = Map.of();
        YamlLines lines = null;
        if (Files.isRegularFile(file)) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
                lines = YamlLines.of(text);
                if (doc instanceof Map<?, ?> m) map = m;
                else if (doc != null) problems.warning(shown, 0, "", "not a YAML map", "expected keys " + String.join(", ", KEYS) + "; defaults used");
            } catch (MarkedYAMLException e) {
                problems.error(shown, e.getProblemMark().getLine() + 1, "column " + (e.getProblemMark().getColumn() + 1),
                        "YAML syntax error: " + e.getProblem(), "check the indentation and the colons on this line");
            } catch (YAMLException | IOException e) {
                problems.error(shown, 0, "", "cannot read the pack style (" + e.getMessage() + ")", "save it as UTF-8 YAML");
            }
        }
        for (Object key : map.keySet()) {
            String k = String.valueOf(key);
            if (KEYS.contains(k)) continue;
            String near = Hints.closest(k, KEYS);
            problems.warning(shown, lines == null ? 0 : lines.line(k), k, "unknown key \"" + k + "\" is ignored",
                    (near == null ? "" : "did you mean \"" + near + "\"? ") + "known keys are " + String.join(", ", KEYS)
                            + "; until it is corrected the default is used");
        }
        for (String k : List.of("cover_title", "cover_subtitle", "contact")) {
            if (map.get(k) != null) {
                BoardDefinitionReader.singleLine(map.get(k), shown, lines == null ? 0 : lines.line(k), k, problems);
            }
        }
        Map<String, String> colours = new LinkedHashMap<>(PackStyle.DEFAULT_COLOURS);
        if (map.get("colours") instanceof Map<?, ?> cm) {
            for (var e : cm.entrySet()) {
                String word = String.valueOf(e.getKey());
                String hex = String.valueOf(e.getValue()).strip();
                if (!PackStyle.DEFAULT_COLOURS.containsKey(word)) {
                    String near = Hints.closest(word, PackStyle.DEFAULT_COLOURS.keySet());
                    problems.warning(shown, lines == null ? 0 : lines.line("colours", word), "colours." + word, "unknown status colour \"" + word + "\"",
                            (near == null ? "" : "did you mean \"" + near + "\"? ") + "use Red, Amber, Green, Blue or Grey");
                } else if (!HEX.matcher(hex).matches()) {
                    problems.error(shown, 0, "colours." + word, "colour \"" + hex + "\" is not a hex RGB colour", "write it like FFC7CE (light fills keep dark text readable)");
                } else {
                    colours.put(word, hex.replace("#", "").toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        byte[] logo = null;
        Path logoFile = templatesDir.resolve(LOGO);
        if (Files.isRegularFile(logoFile)) {
            try {
                logo = Files.readAllBytes(logoFile);
                if (logo.length < 8 || (logo[0] & 0xFF) != 0x89 || logo[1] != 'P' || logo[2] != 'N' || logo[3] != 'G') {
                    problems.error(InputPaths.display(logoFile), 0, "", "the logo is not a PNG image", "save the logo as PNG");
                    logo = null;
                }
            } catch (IOException e) {
                problems.error(InputPaths.display(logoFile), 0, "", "cannot read the logo (" + e.getMessage() + ")", "check its permissions");
            }
        }
        return new PackStyle(text(map, "cover_title", d.coverTitle()), text(map, "cover_subtitle", d.coverSubtitle()),
                text(map, "contact", d.contact()), colours, logo);
    }

    private static String text(Map<?, ?> map, String key, String fallback) {
        Object v = map.get(key);
        return v == null ? fallback : String.valueOf(v).strip();
    }
}
