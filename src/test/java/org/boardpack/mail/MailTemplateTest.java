package org.boardpack.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.boardpack.input.InputProblem;
import org.boardpack.input.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailTemplateTest {

    @TempDir
    Path dir;

    @Test
    void unknownPlaceholdersAndUnclosedBracesAreReportedWithLineAndPosition() throws Exception {
        Path t = MailTestSupport.templates(dir, "Dear {{member_name}},\nRed: {{reds}} and {{ green }}\nOops {{period\n",
                "<p>{{board_titel}}</p>", "improvement-board");
        Problems p = new Problems();
        assertThat(MailTemplate.load(t, "improvement-board", p)).isNull();
        assertThat(p.errors()).hasSize(3);
        // in the file's order, each where it is written
        InputProblem reds = p.errors().get(0);
        assertThat(reds.file()).endsWith("email/improvement-board.txt");
        assertThat(reds.line()).isEqualTo(2);
        assertThat(reds.column()).isEqualTo("character 6");
        assertThat(reds.found()).isEqualTo("unknown placeholder {{reds}}");
        InputProblem open = p.errors().get(1);
        assertThat(open.file()).endsWith("email/improvement-board.txt");
        assertThat(open.line()).isEqualTo(3);
        assertThat(open.column()).isEqualTo("character 6");
        assertThat(open.message()).isEqualTo("\"{{\" is not closed by \"}}\": {{period; write placeholders as {{name}} on one line, e.g. {{period}}");
        assertThat(reds.expected()).startsWith("did you mean {{red}}?").contains("member_name").contains("attachment_note");
        assertThat(p.errors().get(2).file()).endsWith("email/improvement-board.html");
        assertThat(p.errors().get(2).line()).isEqualTo(1);
        assertThat(p.errors().get(2).column()).isEqualTo("character 4");
        assertThat(p.errors().get(2).expected()).startsWith("did you mean {{board_title}}?");
    }

    @Test
    void everyUseOfAnUnknownNameIsReportedWhereItIsWrittenSectionsIncluded() {
        Problems p = new Problems();
        assertThat(MailTemplate.of("Dear {{membername}},\n{{#exception}}\n* {{.}}\n{{/exception}}\nBye {{ membername }}\n", null, p)).isNull();
        assertThat(p.errors()).extracting(e -> e.line() + " " + e.column() + " " + e.found()).containsExactly(
                "1 character 6 unknown placeholder {{membername}}",
                "2 character 1 unknown placeholder {{#exception}}",
                "5 character 5 unknown placeholder {{ membername }}");
        assertThat(p.errors().get(1).expected()).startsWith("did you mean {{exceptions}}?");
    }

    @Test
    void theHtmlTemplateMayNotWriteAValueWithoutEscaping() {
        Problems p = new Problems();
        assertThat(MailTemplate.of("ok", "<p>{{member_name}}</p>\n<p>{{{member_name}}} {{& authority}}</p>", p)).isNull();
        assertThat(p.errors()).extracting(e -> e.line() + " " + e.column() + " " + e.found()).containsExactly(
                "2 character 4 {{{member_name}}} writes the value without HTML escaping",
                "2 character 22 {{& authority}} writes the value without HTML escaping");
        assertThat(p.errors().get(0).expected()).isEqualTo("write {{member_name}}: in the HTML template every value is escaped");
        // in the text template nothing is escaped, so triple braces are harmless there
        Problems q = new Problems();
        MailTemplate t = MailTemplate.of("{{{member_name}}} & {{member_name}}", null, q);
        assertThat(q.all()).isEmpty();
        assertThat(t.renderText(Map.of("member_name", "O'Brien & <Sons>"))).isEqualTo("O'Brien & <Sons> & O'Brien & <Sons>");
    }

    @Test
    void aTemplatesOwnSectionsSeeAnEmptyListAsEmpty() {
        Problems p = new Problems();
        MailTemplate t = MailTemplate.of("{{#movers}}\n* {{.}}\n{{/movers}}\n{{^movers}}\nNo indicator moved.\n{{/movers}}\nEnd",
                "<ul>{{movers}}</ul>{{^movers}}<p>No indicator moved.</p>{{/movers}}", p);
        assertThat(p.all()).isEmpty();
        assertThat(t.renderText(Map.of("movers", List.of()))).isEqualTo("No indicator moved.\nEnd");
        assertThat(t.renderText(Map.of("movers", List.of("A", "B")))).isEqualTo("* A\n* B\nEnd");
        assertThat(t.renderHtml(Map.of("movers", List.of()))).isEqualTo("<ul><li>None.</li></ul><p>No indicator moved.</p>");
    }

    @Test
    void anUnclosedPlaceholderInTheMiddleOfALineIsAnErrorWithItsLine() {
        // what members received before: "pack for {{period is ready"
        Problems p = new Problems();
        assertThat(MailTemplate.of("Dear {{member_name}},\n\nThe pack for {{period is ready ({{red}} Red).\nBye", null, p)).isNull();
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("character 14");
            assertThat(e.found()).isEqualTo("\"{{\" is not closed by \"}}\": {{period is ready (");
        });
    }

    @Test
    void theValidateStepReportsTemplateErrorsWithTheirLine() throws Exception {
        Path t = MailTestSupport.templates(dir, "Dear {{member_name}},\nThe pack for {{period is ready.\n", null, "improvement-board");
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.writeString(input.resolve("board-members.csv"), "name,email,role,boards,formats\n"
                + "Dr Helen Marsh,helen.marsh@bedford.example.org,Independent chair,improvement-board,pdf\n");
        Problems p = PackDistributor.validate(input, t, "improvement-board");
        assertThat(p.errors()).singleElement().satisfies(e -> assertThat(e.toString())
                .endsWith("email/improvement-board.txt:2 [character 14]: \"{{\" is not closed by \"}}\": {{period is ready.; "
                        + "write placeholders as {{name}} on one line, e.g. {{period}}"));
    }

    @Test
    void theEnginesSyntaxErrorsAreReportedWithTheTemplatesLine() {
        Problems p = new Problems();
        assertThat(MailTemplate.of("Dear {{member_name}},\n{{#exceptions}}\n  * {{.}}\n{{/exception}}\n", null, p)).isNull();
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.found()).isEqualTo("template syntax error: Section close tag with mismatched open tag 'exception' != 'exceptions'");
        });
        Problems q = new Problems();
        assertThat(MailTemplate.of("Hello\nperiod: {{ }}\n", null, q)).isNull();
        assertThat(q.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.found()).isEqualTo("empty placeholder {{ }}");
        });
    }

    @Test
    void mustacheSectionsMayBeUsedForLists() {
        Problems p = new Problems();
        MailTemplate t = MailTemplate.of("Exceptions:\n{{#exceptions}}\n* {{.}}\n{{/exceptions}}\nEnd", null, p);
        assertThat(p.all()).isEmpty();
        assertThat(t.renderText(Map.of("exceptions", List.of("one", "two")))).isEqualTo("Exceptions:\n* one\n* two\nEnd");
    }

    @Test
    void listsGoOneLinePerItemWithTheLinePrefixAndNoneWhenEmpty() {
        Problems p = new Problems();
        MailTemplate t = MailTemplate.of("Hello {{member_name}}\nExceptions:\n  - {{exceptions}}\nInline: {{overdue_recommendations}}.\nEnd",
                null, p);
        assertThat(p.all()).isEmpty();
        String text = t.renderText(Map.of("member_name", "Helen", "exceptions", List.of("one", "two"),
                "overdue_recommendations", List.of("R1", "R2")));
        assertThat(text).isEqualTo("Hello Helen\nExceptions:\n  - one\n  - two\nInline: R1; R2.\nEnd");
        String none = t.renderText(Map.of("member_name", "Helen", "exceptions", List.of(), "overdue_recommendations", List.of()));
        assertThat(none).contains("  - None.\n").contains("Inline: None..");
        assertThat(t.renderHtml(Map.of())).isNull();
    }

    @Test
    void everyListPlaceholderIsOneLinePerItemInTextAndOneListItemInHtml() {
        // {{missing_figures}} and {{movers}} are lists like {{exceptions}}: a bulleted line each, an <li> each
        Problems p = new Problems();
        MailTemplate t = MailTemplate.of("Movers:\n  - {{movers}}\nMissing:\n  * {{ missing_figures }}\nEnd",
                "<ul>{{movers}}</ul><ul>{{missing_figures}}</ul>", p);
        assertThat(p.all()).isEmpty();
        Map<String, Object> values = Map.of("movers", List.of("A: from 1.0% to 3.0% (change 2.0), Improving", "B & C"),
                "missing_figures", List.of("X: no figure for October 2026", "Y: no figure for October 2026"));
        assertThat(t.renderText(values)).isEqualTo("Movers:\n  - A: from 1.0% to 3.0% (change 2.0), Improving\n  - B & C\n"
                + "Missing:\n  * X: no figure for October 2026\n  * Y: no figure for October 2026\nEnd");
        assertThat(t.renderHtml(values)).isEqualTo("<ul><li>A: from 1.0% to 3.0% (change 2.0), Improving</li><li>B &amp; C</li></ul>"
                + "<ul><li>X: no figure for October 2026</li><li>Y: no figure for October 2026</li></ul>");
        assertThat(MailTemplate.PLACEHOLDERS).containsKeys("movers", "mover_count");
    }

    @Test
    void htmlEscapesEveryValueAndListsAreListItems() {
        Problems p = new Problems();
        MailTemplate t = MailTemplate.of("x", "<p>Dear {{member_name}}</p><ul>{{exceptions}}</ul><p>{{attachment_note}}</p>", p);
        String html = t.renderHtml(Map.of("member_name", "O'Brien & <Sons>", "exceptions", List.of("a < b", "\"quoted\""),
                "attachment_note", "line one\nline two"));
        assertThat(html).isEqualTo("<p>Dear O&#39;Brien &amp; &lt;Sons&gt;</p><ul><li>a &lt; b</li><li>&quot;quoted&quot;</li></ul>"
                + "<p>line one<br>\nline two</p>");
    }

    @Test
    void aBoardWithoutATextTemplateGetsTheBuiltInTextWithAWarning() throws Exception {
        Path t = MailTestSupport.templates(dir, null, null, "safeguarding-partnership");
        Problems p = new Problems();
        MailTemplate template = MailTemplate.load(t, "safeguarding-partnership", p);
        assertThat(template).isNotNull();
        assertThat(template.hasHtml()).isFalse();
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).singleElement().satisfies(w -> assertThat(w.found()).contains("no email template"));
    }

    @Test
    void nonUtf8TemplateIsAnError() throws Exception {
        Path t = MailTestSupport.templates(dir, null, null, "improvement-board");
        Files.write(t.resolve("email/improvement-board.txt"), new byte[]{'D', 'e', 'a', 'r', ' ', (byte) 0xA3, '5'});
        Problems p = new Problems();
        assertThat(MailTemplate.load(t, "improvement-board", p)).isNull();
        assertThat(p.errors()).singleElement().satisfies(e -> assertThat(e.found()).contains("not UTF-8"));
    }

    @Test
    void theSampleTemplatesUseOnlyKnownPlaceholders() {
        for (String board : List.of("improvement-board", "corporate-parenting")) {
            Problems p = new Problems();
            MailTemplate t = MailTemplate.load(Path.of("templates"), board, p);
            assertThat(p.all()).as(board).isEmpty();
            assertThat(t).isNotNull();
        }
        Problems p = new Problems();
        assertThat(MailTemplate.load(Path.of("templates"), "improvement-board", p).hasHtml()).isTrue();
        assertThat(MailTemplate.of(MailTemplate.BUILT_IN_TEXT, null, p)).isNotNull();
        assertThat(p.all()).isEmpty();
    }
}
