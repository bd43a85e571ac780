package org.boardpack.pdf;

import java.util.List;

import com.lowagie.text.pdf.PdfPTable;
import org.boardpack.input.InputProblem;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.RestatementView;

/**
 * What the board should know about the figures themselves: per-indicator notes (late or missing figures, gaps, no
 * target), exceptions without commentary, restated figures (both kept, the latest used) and input problems.
 */
final class DataQualitySection {

    private DataQualitySection() {
    }

    static void render(PackDocument d) {
        PackView pack = d.pack();
        Tables t = new Tables(d.fonts());
        d.section(PackPlan.QUALITY, true);
        notes(d, t, pack);
        commentary(d, t, pack);
        restatements(d, t, pack);
        problems(d, t, pack);
        undrawable(d, pack);
    }

    private static void undrawable(PackDocument d, PackView pack) {
        List<String> notes = FontCoverage.notes(pack, d.fonts());
        if (notes.isEmpty()) return;
        d.subheading("Characters the PDF could not draw");
        for (String n : notes) d.add(d.text(n));
    }

    private static void notes(PackDocument d, Tables t, PackView pack) {
        d.subheading("Indicator notes");
        List<IndicatorView> withNotes = pack.indicators().stream().filter(r -> !r.dataQuality().isEmpty()).toList();
        if (withNotes.isEmpty()) {
            d.add(d.text("Every indicator has a figure for " + pack.periodLabel() + ", a target where it needs one, and no gaps in its series."));
            return;
        }
        PdfPTable table = t.table(new float[]{40, 60}, "Indicator", "Note");
        for (IndicatorView r : withNotes) {
            table.addCell(t.text(r.name()));
            table.addCell(t.text(String.join("\n", r.dataQuality())));
        }
        d.add(table);
    }

    private static void commentary(PackDocument d, Tables t, PackView pack) {
        List<IndicatorView> missing = pack.exceptions().stream().filter(IndicatorView::commentaryMissing).toList();
        d.subheading("Exceptions without commentary");
        if (missing.isEmpty()) {
            d.add(d.text("Every exception has commentary from its owner."));
            return;
        }
        PdfPTable table = t.table(new float[]{50, 50}, "Indicator", "Why it is an exception");
        for (IndicatorView r : missing) {
            table.addCell(t.text(r.name()));
            table.addCell(t.text(r.exceptionText()));
        }
        d.add(table);
    }

    private static void restatements(PackDocument d, Tables t, PackView pack) {
        d.subheading("Restated figures");
        if (pack.restatements().isEmpty()) {
            d.add(d.text("No earlier figure was changed by a later file."));
            return;
        }
        PdfPTable table = t.table(new float[]{30, 9, 15, 9, 9, 28}, "Indicator", "Month", "Team", "Was", "Now", "Files");
        Tables.rightAlignHeader(table, 0, 3, 4);
        for (RestatementView r : pack.restatements()) {
            table.addCell(t.text(r.note().isEmpty() ? r.indicatorName() : r.indicatorName() + "\n" + r.note()));
            table.addCell(t.text(r.monthLabel()));
            table.addCell(t.text(r.team()));
            table.addCell(t.number(r.was().text()));
            table.addCell(t.number(r.now().text()));
            table.addCell(t.text(r.oldFile() + " replaced by " + r.newFile(), d.fonts().regular(Tables.BODY)));
        }
        d.add(table);
        d.add(d.note("Both figures are kept; the pack uses the latest file's figure."));
    }

    private static void problems(PackDocument d, Tables t, PackView pack) {
        d.subheading("Input warnings and rejected rows");
        List<InputProblem> problems = pack.inputWarnings();
        if (problems.isEmpty()) {
            d.add(d.text("The input files raised no warnings and no rows were rejected."));
            return;
        }
        PdfPTable table = t.table(new float[]{14, 32, 54}, "Severity", "File and place", "Problem");
        for (InputProblem p : problems) {
            table.addCell(t.text(p.isError() ? "Error: row rejected" : "Warning"));
            table.addCell(t.text(p.location()));
            table.addCell(t.text(p.message()));
        }
        d.add(table);
    }
}
