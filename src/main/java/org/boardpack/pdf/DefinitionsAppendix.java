package org.boardpack.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import org.boardpack.indicators.spc.AssuranceIcon;
import org.boardpack.indicators.spc.SpecialCauseRule;
import org.boardpack.indicators.spc.VariationIcon;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.Wording;
import org.boardpack.recommendations.Brag;

/** Every indicator's definition and properties, then how to read the pack: RAG, BRAG, benchmarks, SPC, charts. */
final class DefinitionsAppendix {

    private DefinitionsAppendix() {
    }

    static void render(PackDocument d) {
        PackView pack = d.pack();
        Tables t = new Tables(d.fonts());
        d.section(PackPlan.DEFINITIONS, true);
        d.subheading("Indicators");
        PdfPTable table = t.table(new float[]{30, 50, 20}, "Indicator", "Definition and source", "How it is shown");
        for (IndicatorView r : pack.indicators()) {
            Phrase name = d.fonts().phrase(r.name(), d.fonts().bold(Tables.BODY));
            name.add(d.fonts().phrase("\n" + r.area() + "\nid: " + r.id(), d.fonts().regular(Tables.BODY, PackDocument.MUTED)));
            table.addCell(t.cell(name));
            Phrase def = d.fonts().phrase(r.definition() == null || r.definition().isBlank() ? "No definition in the catalogue." : r.definition(),
                    d.fonts().regular(Tables.BODY));
            if (r.source() != null && !r.source().isBlank()) {
                def.add(new Chunk("\nSource: " + r.source(), d.fonts().regular(Tables.BODY, PackDocument.MUTED)));
            }
            table.addCell(t.cell(def));
            String benchmark = r.benchmark().published() ? "benchmarked (DfE, " + r.benchmark().year() + ")" : r.benchmark().note();
            table.addCell(t.text("Unit: " + r.unitShort() + "\nBetter: " + r.polarityText()
                    + "\nRated on: " + r.ratedOn()
                    + "\nDecimals: " + r.decimals() + "\nBenchmark: " + benchmark));
        }
        d.add(table);

        d.subheading("Reading the pack");
        d.add(d.text("RAG against target is judged on the figure as shown (rounded to the indicator's decimals): Green "
                + "meets or beats the target; Amber is worse but within the tolerance (\u00b1); Red is beyond it. Indicators "
                + "with no better direction (activity rates) have no RAG unless a target band is set: they show \"No target\". "
                + "Every RAG and BRAG cell carries its word as well as its colour."));
        StringBuilder brag = new StringBuilder("BRAG for recommendations: ");
        for (Brag b : Brag.values()) brag.append(b.text()).append("; ");
        d.add(d.text(brag.substring(0, brag.length() - 2) + ". A recommendation is overdue when it is not complete and "
                + "its due date is before the end of the month; stale when it is not complete and was not updated for "
                + "more than the stale threshold; flagged for a check when it is reported on track or complete but every "
                + "linked indicator is Red or worsening."));
        d.add(d.text("Directions: Improving or Worsening for indicators with a better direction; Up or Down for those "
                + "without; n/a when there is no earlier figure."));
        d.add(d.text("Benchmarks follow DfE's LAIT method: the statistical neighbours' mean is the simple mean of the "
                + "neighbours with a published value (how many are shown); England is the national figure; rank 1 is best "
                + "among all local authorities with a value, ties sharing the lowest rank; quartile bands A (best quarter) "
                + "to D. Local-only indicators have no published benchmark and are shown against target and trend only."));
        StringBuilder rules = new StringBuilder("SPC (XmR, NHS \"Making Data Count\"): mean of the points; process limits at "
                + "the mean \u00b1 2.66 \u00d7 the mean moving range; fewer than 12 points: no limits; 12 to 19: trial limits. "
                + "Special-cause rules, first that applies: ");
        int i = 1;
        for (SpecialCauseRule rule : SpecialCauseRule.values()) {
            if (rule == SpecialCauseRule.NONE) continue;
            rules.append('(').append(i++).append(") ").append(rule.label()).append("; ");
        }
        d.add(d.text(rules.substring(0, rules.length() - 2) + ". The 2-of-3 rule uses near limits two-thirds of the way "
                + "from the mean to the process limits."));
        StringBuilder icons = new StringBuilder("Variation icons (from the latest point): ");
        for (VariationIcon v : VariationIcon.values()) icons.append(v.label()).append("; ");
        icons.setLength(icons.length() - 2);
        icons.append(". Assurance icons (the target against the process limits): ");
        for (AssuranceIcon a : AssuranceIcon.values()) {
            if (a != AssuranceIcon.NONE) icons.append(a.label()).append("; ");
        }
        icons.setLength(icons.length() - 2);
        d.add(d.text(icons + ". No assurance icon without a target, a better direction or limits."));
        PdfPTable drawn = t.table(new float[]{30, 70}, "Icon", "Meaning");
        for (org.boardpack.pack.view.MdcIcon icon : org.boardpack.pack.view.MdcIcon.values()) {
            drawn.addCell(MdcIcons.iconCell(d, t, icon));
            drawn.addCell(t.text(icon.meaning()));
        }
        d.add(drawn);
        d.add(d.text("Charts are drawn so they read in black and white: the monthly figure is a solid line; the target "
                + "dashed; the statistical neighbours' mean dotted; England dash-dot. On SPC charts the mean is a thin "
                + "solid line and the process limits short dashes; special-cause points are squares (concern), diamonds "
                + "(improvement) or triangles (no better direction)."));
        for (String[] list : Wording.exceptionLists()) d.add(d.text(list[0] + " list: " + list[1]));
        d.add(d.text(pack.smallNumbersText()));
        d.add(d.text("Last month's RAG and lists are worked out from this month's figures by the same rules, so a "
                + "figure restated since last month's pack is judged as it now stands."));
        d.subheading("Abbreviations");
        PdfPTable glossary = t.table(new float[]{20, 80}, "Abbreviation", "Meaning");
        for (String[] g : Wording.GLOSSARY) {
            glossary.addCell(t.text(g[0]));
            glossary.addCell(t.text(g[1]));
        }
        d.add(glossary);
        d.add(d.text("Protective marking: this pack is " + pack.marking() + ". It is marked at the top and bottom of every page."));
    }
}
