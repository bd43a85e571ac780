package org.boardpack.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.boardpack.input.Commentary;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.Wording;
import org.boardpack.recommendations.Recommendation;
import org.boardpack.recommendations.RecommendationStatus;

/**
 * The characters in the pack's free text (commentary, indicator names and areas, recommendations) that no embedded
 * font can draw, named where they occur, so the data-quality section says what the PDF leaves out instead of
 * dropping it silently.
 */
final class FontCoverage {

    private FontCoverage() {
    }

    /** "The PDF could not draw 2 characters in commentary for cla_health_assessments: U+1F600, U+1F680." */
    static List<String> notes(PackView pack, PdfFonts fonts) {
        List<String> notes = new ArrayList<>();
        // the cover, the footer of every page and the document title
        check(notes, fonts, "the board's title", pack.boardTitle());
        if (!pack.coverTitle().equals(pack.boardTitle())) check(notes, fonts, "the cover title", pack.coverTitle());
        check(notes, fonts, "the cover subtitle", pack.coverSubtitle());
        check(notes, fonts, "the board's description", pack.boardDescription());
        check(notes, fonts, "the authority's name", pack.authority());
        check(notes, fonts, "the contact", pack.contact());
        check(notes, fonts, "the protective marking", pack.marking());
        pack.sections().forEach(s -> check(notes, fonts, "the title of area " + s.title(), s.title()));
        pack.indicators().forEach(r -> {
            // chart text is drawn through JFreeChart in the Liberation face alone (one font per string)
            checkChart(notes, fonts, "the chart axis of " + r.id(), r.chart().axisTitle());
            check(notes, fonts, "the name of " + r.id(), r.name());
            check(notes, fonts, "the area of " + r.id(), r.area());
            Commentary c = r.commentary();
            if (c != null) {
                check(notes, fonts, "commentary for " + r.id(), c.text());
                check(notes, fonts, "the commentary author for " + r.id(), c.author() + " " + c.role());
            }
        });
        if (pack.recommendations() != null) {
            for (RecommendationStatus s : pack.recommendations().items()) {
                Recommendation rec = s.recommendation();
                check(notes, fonts, "recommendation " + rec.id(),
                        String.join(" ", nz(rec.theme()), nz(rec.text()), nz(rec.source())));
                check(notes, fonts, "the progress of recommendation " + rec.id(), rec.progress());
                check(notes, fonts, "the owner of recommendation " + rec.id(), rec.owner());
            }
        }
        return notes;
    }

    private static void check(List<String> notes, PdfFonts fonts, String where, String text) {
        note(notes, where, text, fonts.undrawable(text));
    }

    private static void checkChart(List<String> notes, PdfFonts fonts, String where, String text) {
        note(notes, where, text, fonts.undrawableInCharts(text));
    }

    private static void note(List<String> notes, String where, String text, Set<Integer> missing) {
        if (missing.isEmpty()) return;
        long count = text.codePoints().filter(missing::contains).count();
        notes.add("The PDF could not draw " + Wording.plural((int) count, "character", "characters") + " in " + where
                + ": " + missing.stream().map(FontCoverage::codePoint).collect(Collectors.joining(", "))
                + ". They are left out of the PDF; the Excel pack and results.csv keep the text as written.");
    }

    /** "U+1F600" (with the Unicode name where Java knows it). */
    static String codePoint(int cp) {
        String name = Character.getName(cp);
        return String.format("U+%04X", cp) + (name == null ? "" : " " + name.toLowerCase(java.util.Locale.ROOT));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
