package org.boardpack.mail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.input.Hints;
import org.boardpack.input.InputPaths;
import org.boardpack.input.Problems;

/**
 * A board's email body: {@code templates/email/<board>.txt} (plain text) and, when present,
 * {@code templates/email/<board>.html} (sent as the HTML alternative). Placeholders are written
 * {@code {{name}}}; the names are {@link #PLACEHOLDERS}. In the HTML template every value is HTML-escaped.
 *
 * <p>The list placeholders ({@code {{exceptions}}}, {@code {{overdue_recommendations}}}) give one line per item:
 * in text, when the placeholder ends its line, each item goes on its own line with the same text before it (so
 * {@code "  - {{exceptions}}"} gives a bulleted list); elsewhere the items are joined with "; ". In HTML each item
 * is an {@code <li>}, so put the placeholder inside {@code <ul>...</ul>}. An empty list gives "None.".
 */
public final class MailTemplate {

    public static final String FOLDER = "email";

    /** Every placeholder and what it is replaced with. */
    public static final Map<String, String> PLACEHOLDERS = placeholders();
    public static final Set<String> LIST_PLACEHOLDERS = Set.of("exceptions", "overdue_recommendations", "missing_figures");
    public static final String NONE = "None.";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    /** Used when a board has no text template (with a warning). */
    static final String BUILT_IN_TEXT = """
            Dear {{member_name}},

            The {{board_title}} pack for {{period}} is ready.{{revision_note}}

            {{attachment_note}}

            This month: {{red}} Red, {{amber}} Amber, {{green}} Green and {{no_target}} without a target ({{total}} indicators).

            Exceptions:
              - {{exceptions}}

            Overdue recommendations:
              - {{overdue_recommendations}}

            No figure for {{period}}:
              - {{missing_figures}}

            This email and its attachments are {{marking}}. Do not forward them outside the board.

            Performance and Intelligence, {{authority}}
            """;

    private final String text;
    private final String html;
    private final String textFile;
    private final String htmlFile;

    private MailTemplate(String text, String html, String textFile, String htmlFile) {
        this.text = normalise(text);
        this.html = html == null ? null : normalise(html);
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
        p.put("exceptions", "the exceptions, one line each (list)");
        p.put("exception_count", "how many exceptions there are");
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
        if (text != null) check(text, textName, problems);
        if (html != null) check(html, htmlName, problems);
        if (problems.errors().size() > before) return null;
        return new MailTemplate(text, html, textName, htmlName);
    }

    /** A template from text (and optional HTML), checked; for tests and callers with their own text. */
    public static MailTemplate of(String text, String html, Problems problems) {
        int before = problems.errors().size();
        check(text, "(text template)", problems);
        if (html != null) check(html, "(HTML template)", problems);
        return problems.errors().size() > before ? null : new MailTemplate(text, html, "(text template)", html == null ? null : "(HTML template)");
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

    /** Reports unknown placeholders and unclosed braces with their line and character position. */
    private static void check(String template, String file, Problems problems) {
        String[] lines = normalise(template).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = PLACEHOLDER.matcher(line);
            int end = 0;
            while (m.find()) {
                String name = m.group(1);
                if (!PLACEHOLDERS.containsKey(name)) {
                    String hint = Hints.closest(name, PLACEHOLDERS.keySet());
                    problems.error(file, i + 1, "character " + (m.start() + 1), "unknown placeholder " + m.group(),
                            (hint == null ? "" : "did you mean {{" + hint + "}}? ") + "known placeholders: "
                                    + String.join(", ", PLACEHOLDERS.keySet()));
                }
                end = m.end();
            }
            String rest = line.substring(end);
            int open = rest.indexOf("{{");
            if (open >= 0) {
                problems.error(file, i + 1, "character " + (end + open + 1), "\"{{\" is not closed by \"}}\"",
                        "write placeholders as {{name}} on one line");
            }
        }
    }

    /** The text body with the values filled in. Values are strings, or lists of strings for the list placeholders. */
    public String renderText(Map<String, ?> values) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int li = 0; li < lines.length; li++) {
            String line = lines[li];
            Matcher m = PLACEHOLDER.matcher(line);
            StringBuilder sb = new StringBuilder();
            int last = 0;
            while (m.find()) {
                String name = m.group(1);
                Object v = values.get(name);
                String prefix = line.substring(last, m.start());
                sb.append(prefix);
                if (v instanceof List<?> list) {
                    boolean endsLine = line.substring(m.end()).isBlank();
                    List<String> items = list.isEmpty() ? List.of(NONE) : list.stream().map(String::valueOf).toList();
                    if (endsLine) {
                        String linePrefix = sb.substring(sb.lastIndexOf("\n") + 1);
                        for (int k = 0; k < items.size(); k++) {
                            if (k > 0) sb.append('\n').append(linePrefix);
                            sb.append(items.get(k));
                        }
                        last = line.length();
                        break;
                    }
                    sb.append(String.join("; ", items));
                } else {
                    sb.append(v == null ? "" : String.valueOf(v));
                }
                last = m.end();
            }
            sb.append(line.substring(Math.min(last, line.length())));
            out.append(sb);
            if (li < lines.length - 1) out.append('\n');
        }
        return out.toString();
    }

    /** The HTML body with the values filled in and escaped, or null when the board has no HTML template. */
    public String renderHtml(Map<String, ?> values) {
        if (html == null) return null;
        Matcher m = PLACEHOLDER.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            String replacement;
            if (v instanceof List<?> list) {
                List<String> items = list.isEmpty() ? List.of(NONE) : list.stream().map(String::valueOf).toList();
                StringBuilder li = new StringBuilder();
                for (String item : items) li.append("<li>").append(escape(item)).append("</li>");
                replacement = li.toString();
            } else {
                replacement = escape(v == null ? "" : String.valueOf(v)).replace("\n", "<br>\n");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** HTML-escapes text for element content and attribute values. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String normalise(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
