package org.boardpack.mail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.MustacheParseException;
import com.samskivert.mustache.Template;
import org.boardpack.input.Hints;
import org.boardpack.input.InputPaths;
import org.boardpack.input.Problems;

/**
 * A board's email body: {@code templates/email/<board>.txt} (plain text) and, when present,
 * {@code templates/email/<board>.html} (sent as the HTML alternative), rendered by JMustache. Placeholders are
 * written {@code {{name}}}; the names are {@link #PLACEHOLDERS}. In the HTML template every value is HTML-escaped.
 *
 * <p>The list placeholders ({@link #LIST_PLACEHOLDERS}: {@code {{exceptions}}}, {@code {{movers}}},
 * {@code {{overdue_recommendations}}}, {@code {{missing_figures}}}) give one line per item:
 * in text, when the placeholder ends its line, each item goes on its own line with the same text before it (so
 * {@code "  - {{exceptions}}"} gives a bulleted list); elsewhere the items are joined with "; ". In HTML each item
 * is an {@code <li>}, so put the placeholder inside {@code <ul>...</ul>}. An empty list gives "None.".
 */
public final class MailTemplate {

    public static final String FOLDER = "email";

    /** Every placeholder and what it is replaced with. */
    public static final Map<String, String> PLACEHOLDERS = placeholders();
    public static final Set<String> LIST_PLACEHOLDERS = Set.of("exceptions", "movers", "overdue_recommendations", "missing_figures",
            "headlines", "closed_exceptions");
    public static final String NONE = "None.";


    /** Used when a board has no text template (with a warning). */
    static final String BUILT_IN_TEXT = """
            Dear {{member_name}},

            The {{board_title}} pack for {{period}} is ready.{{revision_note}}

            {{attachment_note}}

            This month: {{red}} Red, {{amber}} Amber, {{green}} Green and {{no_target}} without a target ({{total}} indicators).

            Exceptions:
              - {{exceptions}}

            Biggest movers since last month:
              - {{movers}}

            Overdue recommendations:
              - {{overdue_recommendations}}

            No figure for {{period}}:
              - {{missing_figures}}

            This email and its attachments are {{marking}}. Do not forward them outside the board.

            Performance and Intelligence, {{authority}}
            """;

    private static final Pattern LIST_PLACEHOLDER = Pattern.compile("\\{\\{\\s*(" + String.join("|", LIST_PLACEHOLDERS) + ")\\s*}}");
    private static final Pattern EMPTY_TAG = Pattern.compile("\\{\\{\\s*}}");
    /** A tag as written: its kind ("#", "^", "/", "{", "&", "!", "=", ">" or none) and its name. */
    private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/{&!=>]?)\\s*([^{}\\n]*?)\\s*}?}}");
    /** The names Mustache gives inside a section: the item and its position. */
    private static final Set<String> ITEM_NAMES = Set.of(".", "this", "-first", "-last", "-index");
    private static final Pattern PARSE_LINE = Pattern.compile("\\s*@ line (\\d+)\\s*$");
    /** The line break between list items, given to the rewritten text template as a value (see {@link #mustacheText}). */
    private static final String LINE_BREAK = "_line_break_";
    private static final Mustache.Escaper HTML_ESCAPER = Escapers.simple(new String[][]{
            {"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&#39;"}, {"\n", "<br>\n"}});
    /** Strict: a name that is not in the context is an error (with its line), so unknown placeholders are found. */
    private static final Mustache.Compiler CHECKING = Mustache.compiler().escapeHTML(false).strictSections(true)
            .withFormatter(MailTemplate::format);
    private static final Mustache.Compiler TEXT = Mustache.compiler().escapeHTML(false).defaultValue("")
            .withFormatter(MailTemplate::format);
    private static final Mustache.Compiler HTML = Mustache.compiler().withEscaper(HTML_ESCAPER).defaultValue("")
            .withFormatter(MailTemplate::format);

    private final Template text;
    private final Template html;
    private final String textFile;
    private final String htmlFile;

    private MailTemplate(String text, String html, String textFile, String htmlFile) {
        this.text = TEXT.compile(mustacheText(normalise(text)));
        this.html = html == null ? null : HTML.compile(mustacheHtml(normalise(html)));
        this.textFile = textFile;
        this.htmlFile = htmlFile;
    }

    private static Map<String, String> placeholders() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("member_name", "the member's name, as in board-members.csv");
        p.put("member_role", "the member's role, as in board-members.csv");
        p.put("member_email", "the member's email address");
        p.put("board_title", "the board's title, e.g. Children's Services Improvement Board");
        p.put("board_id", "the board id, e.g. improvement-board");
        p.put("period", "the month reported, e.g. October 2026");
        p.put("period_code", "the month reported as YYYY-MM, e.g. 2026-10");
        p.put("authority", "the authority, e.g. Bedford Borough Council");
        p.put("marking", "the protective marking, OFFICIAL-SENSITIVE");
        p.put("revision", "the pack's revision number (1 for the first issue)");
        p.put("revision_note", "blank for revision 1; otherwise a sentence saying this revision replaces the earlier pack");
        p.put("red", "how many indicators are Red");
        p.put("amber", "how many indicators are Amber");
        p.put("green", "how many indicators are Green");
        p.put("no_target", "how many indicators have no target (not RAG rated)");
        p.put("total", "how many indicators the pack has");
        p.put("headlines", "what changed since last month, worst first: the pack summary's opening sentences (list)");
        p.put("closed_exceptions", "last month's exceptions that are not exceptions this month, one line each (list)");
        p.put("exceptions", "the exceptions (act, then watch), one line each (list)");
        p.put("exception_count", "how many exceptions there are");
        p.put("movers", "the biggest movers since last month, biggest first, one line each (list)");
        p.put("mover_count", "how many movers are listed");
        p.put("overdue_recommendations", "the overdue recommendations, one line each (list)");
        p.put("overdue_count", "how many recommendations are overdue");
        p.put("missing_figures", "the board's indicators with no figure for the period, one line each (list)");
        p.put("missing_count", "how many of the board's indicators have no figure for the period");
        p.put("attachment_note", "what is attached, or why nothing is attached and where the pack is");
        p.put("pack_location", "where the pack is: the link base's folder for the pack, or the output folder");
        return java.util.Collections.unmodifiableMap(p);
    }

    public static Path textFile(Path templatesDir, String boardId) {
        return templatesDir.resolve(FOLDER).resolve(boardId + ".txt");
    }

    public static Path htmlFile(Path templatesDir, String boardId) {
        return templatesDir.resolve(FOLDER).resolve(boardId + ".html");
    }

    /**
     * Loads and checks the board's templates. A missing text template is a warning (the built-in text is used);
     * unknown placeholders, unclosed braces and invalid UTF-8 are errors.
     *
     * @return the template, or null when it has errors (the reasons are in problems)
     */
    public static MailTemplate load(Path templatesDir, String boardId, Problems problems) {
        Path txt = textFile(templatesDir, boardId);
        Path htm = htmlFile(templatesDir, boardId);
        int before = problems.errors().size();
        String text;
        String textName = InputPaths.display(txt);
        if (Files.isRegularFile(txt)) {
            text = read(txt, textName, problems);
        } else {
            problems.warning(textName, 0, "", "no email template for board " + boardId,
                    "the built-in text is used; create " + textName + " to word the email yourself (see docs/mail.md)");
            text = BUILT_IN_TEXT;
            textName = "(built-in email text)";
        }
        String html = null;
        String htmlName = null;
        if (Files.isRegularFile(htm)) {
            htmlName = InputPaths.display(htm);
            html = read(htm, htmlName, problems);
        }
        if (text != null) check(text, textName, problems, false);
        if (html != null) check(html, htmlName, problems, true);
        if (problems.errors().size() > before) return null;
        return new MailTemplate(text, html, textName, htmlName);
    }

    /** A template from text (and optional HTML), checked; for tests and callers with their own text. */
    public static MailTemplate of(String text, String html, Problems problems) {
        int before = problems.errors().size();
        check(text, "(text template)", problems, false);
        if (html != null) check(html, "(HTML template)", problems, true);
        return problems.errors().size() > before ? null : new MailTemplate(text, html, "(text template)", html == null ? null : "(HTML template)");
    }

    /** Whether a problem's file is the board's text or HTML email template. */
    public static boolean isTemplateOf(String problemFile, String boardId) {
        String f = problemFile == null ? "" : problemFile.replace('\\', '/');
        return f.endsWith(FOLDER + "/" + boardId + ".txt") || f.endsWith(FOLDER + "/" + boardId + ".html");
    }

    public boolean hasHtml() {
        return html != null;
    }

    public String textFile() {
        return textFile;
    }

    public String htmlFile() {
        return htmlFile;
    }

    private static String read(Path file, String shown, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(shown, 0, "", "cannot read the template (" + e.getMessage() + ")", "check the file's permissions");
            return null;
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (s.startsWith("\uFEFF")) s = s.substring(1);
            if (s.isBlank()) {
                problems.error(shown, 0, "", "the template is empty", "write the email text, with placeholders such as {{member_name}}");
                return null;
            }
            return s;
        } catch (CharacterCodingException e) {
            problems.error(shown, 0, "", "the template is not UTF-8", "save it as UTF-8 and run again");
            return null;
        }
    }

    /**
     * Compiles the template with JMustache and reports, with the template's line: the engine's syntax errors
     * (e.g. a section {{#name}} never closed), a "{{" the engine left as text because it is never closed, every
     * name that is not a placeholder, each where it is written (line and character), and in HTML a value written
     * without escaping. Problems are reported in the order they appear in the file.
     */
    private static void check(String template, String file, Problems problems, boolean isHtml) {
        String source = normalise(template);
        Matcher empty = EMPTY_TAG.matcher(source);
        if (empty.find()) {
            problems.error(file, lineOf(source, empty.start()), "character " + characterOf(source, empty.start()),
                    "empty placeholder " + empty.group(), "write a placeholder name inside the braces, e.g. {{period}}");
            return;
        }
        String rewritten = isHtml ? mustacheHtml(source) : mustacheText(source);
        Template compiled;
        try {
            compiled = CHECKING.compile(rewritten);
        } catch (MustacheParseException e) {
            Matcher m = PARSE_LINE.matcher(String.valueOf(e.getMessage()));
            long line = m.find() ? Long.parseLong(m.group(1)) : 0;
            String what = m.replaceFirst("");
            problems.error(file, line, "", "template syntax error: " + what,
                    "write placeholders as {{name}}; a section {{#name}} ends with {{/name}} (see docs/mail.md)");
            return;
        }
        List<Found> found = new ArrayList<>();
        compiled.visit(new Mustache.Visitor() {
            private final Set<String> reported = new HashSet<>();

            @Override
            public void visitText(String text) {
                int open = text.indexOf("{{");
                if (open < 0) return;
                int end = text.indexOf('\n', open);
                String fragment = text.substring(open, end < 0 ? text.length() : end);
                int at = source.indexOf(fragment);
                if (at < 0 || !reported.add(fragment)) return;
                found.add(new Found(source, at, "\"{{\" is not closed by \"}}\": " + shorten(fragment),
                        "write placeholders as {{name}} on one line, e.g. {{period}}"));
            }

            @Override
            public void visitVariable(String name) {
            }

            @Override
            public boolean visitInclude(String name) {
                return false;
            }

            @Override
            public boolean visitSection(String name) {
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                return true;
            }
        });
        Set<String> unknown = new HashSet<>();
        Matcher tag = TAG.matcher(source);
        while (tag.find()) {
            String kind = tag.group(1);
            String name = tag.group(2);
            if (isHtml && (kind.equals("{") || kind.equals("&"))) {
                found.add(new Found(source, tag.start(), tag.group() + " writes the value without HTML escaping",
                        "write {{" + name + "}}: in the HTML template every value is escaped"));
            }
            if (kind.equals("/") || kind.equals("!") || kind.equals("=") || kind.equals(">")) continue;
            if (PLACEHOLDERS.containsKey(name) || ITEM_NAMES.contains(name)) continue;
            unknown.add(name);
            String hint = Hints.closest(name, PLACEHOLDERS.keySet());
            found.add(new Found(source, tag.start(), "unknown placeholder " + tag.group(),
                    (hint == null ? "" : "did you mean {{" + hint + "}}? ") + "known placeholders: "
                            + String.join(", ", PLACEHOLDERS.keySet())));
        }
        found.sort(Comparator.comparingLong(Found::line).thenComparingInt(Found::character));
        for (Found f : found) problems.error(file, f.line(), "character " + f.character(), f.found(), f.expected());
        if (!found.isEmpty()) return;
        // the engine has the last word: anything it cannot resolve that the scan above did not name
        Map<String, Object> context = sampleValues();
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                compiled.execute(context);
                return;
            } catch (MustacheException.Context e) {
                if (e.key == null || context.containsKey(e.key) || unknown.contains(e.key)) {
                    problems.error(file, e.lineNo, "", "the template cannot be rendered: " + e.getMessage(), "see docs/mail.md");
                    return;
                }
                String hint = Hints.closest(e.key, PLACEHOLDERS.keySet());
                problems.error(file, e.lineNo, "", "unknown placeholder {{" + e.key + "}}",
                        (hint == null ? "" : "did you mean {{" + hint + "}}? ") + "known placeholders: "
                                + String.join(", ", PLACEHOLDERS.keySet()));
                context.put(e.key, "");
            } catch (MustacheException e) {
                problems.error(file, 0, "", "the template cannot be rendered: " + e.getMessage(), "see docs/mail.md");
                return;
            }
        }
    }

    /** A problem at an offset of the template, by line and character (1-based). */
    private record Found(long line, int character, String found, String expected) {
        Found(String source, int offset, String found, String expected) {
            this(lineOf(source, offset), characterOf(source, offset), found, expected);
        }
    }

    private static Map<String, Object> sampleValues() {
        Map<String, Object> v = new java.util.HashMap<>();
        for (String name : PLACEHOLDERS.keySet()) v.put(name, LIST_PLACEHOLDERS.contains(name) ? List.of("item") : "value");
        v.put(LINE_BREAK, "\n");
        return v;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static long lineOf(String source, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) if (source.charAt(i) == '\n') line++;
        return line;
    }

    private static int characterOf(String source, int offset) {
        return offset - source.lastIndexOf('\n', offset - 1);
    }

    /**
     * The text template in Mustache terms, line for line (so the engine's line numbers are the file's): a list
     * placeholder that ends its line becomes a section repeating the text before it for each item, so
     * "  - {{exceptions}}" gives one "  - " line per exception, or "  - None." when there is none. Anywhere else a
     * list is joined with "; ".
     */
    static String mustacheText(String source) {
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder(source.length() + 64);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = LIST_PLACEHOLDER.matcher(line);
            int lastStart = -1;
            String name = null;
            while (m.find()) {
                lastStart = m.start();
                name = m.group(1);
                if (!line.substring(m.end()).isBlank()) name = null;
            }
            String prefix = lastStart < 0 ? "" : line.substring(0, lastStart);
            if (name != null && !prefix.contains("{{#") && !prefix.contains("{{^") && !prefix.contains("{{/")) {
                out.append("{{#").append(name).append("}}{{^-first}}{{").append(LINE_BREAK).append("}}{{/-first}}")
                        .append(prefix).append("{{.}}{{/").append(name).append("}}")
                        .append("{{^").append(name).append("}}").append(prefix).append(NONE).append("{{/").append(name).append("}}");
            } else {
                out.append(line);
            }
            if (i < lines.length - 1) out.append('\n');
        }
        return out.toString();
    }

    /** The HTML template in Mustache terms: each list placeholder gives one {@code <li>} per item. */
    static String mustacheHtml(String source) {
        return LIST_PLACEHOLDER.matcher(source).replaceAll("{{#$1}}<li>{{.}}</li>{{/$1}}{{^$1}}<li>" + NONE + "</li>{{/$1}}");
    }

    /** How a value is written: a list (used inline) is joined with "; ", an empty one is "None.". */
    private static CharSequence format(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? NONE : String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /**
     * The values for rendering. An empty list stays empty, so a template's own {@code {{^exceptions}}} section
     * shows; where the template uses the placeholder itself, it gives "None." (see {@link #mustacheText}).
     */
    private static Map<String, Object> context(Map<String, ?> values) {
        Map<String, Object> v = new java.util.HashMap<>(values);
        v.put(LINE_BREAK, "\n");
        return v;
    }

    /** The text body with the values filled in. Values are strings, or lists of strings for the list placeholders. */
    public String renderText(Map<String, ?> values) {
        return text.execute(context(values));
    }

    /** The HTML body with the values filled in and escaped, or null when the board has no HTML template. */
    public String renderHtml(Map<String, ?> values) {
        return html == null ? null : html.execute(context(values));
    }

    private static String normalise(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
