package org.boardpack.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.Abbreviations;

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
        for (var sentence : pack.definitions()) d.add(d.text(sentence.text()));
        PdfPTable drawn = t.table(new float[]{30, 70}, "Icon", "Meaning");
        for (org.boardpack.pack.view.MdcIcon icon : org.boardpack.pack.view.MdcIcon.values()) {
            drawn.addCell(MdcIcons.iconCell(d, t, icon));
            drawn.addCell(t.text(icon.meaning()));
        }
        d.add(drawn);
        d.subheading("Abbreviations");
        PdfPTable glossary = t.table(new float[]{20, 80}, "Abbreviation", "Meaning");
        for (Abbreviations.Entry g : pack.glossary()) {
            glossary.addCell(t.text(g.abbreviation()));
            glossary.addCell(t.text(g.meaning()));
        }
        d.add(glossary);
        d.add(d.text("Protective marking: this pack is " + pack.marking() + ". It is marked at the top and bottom of every page."));
    }
}
