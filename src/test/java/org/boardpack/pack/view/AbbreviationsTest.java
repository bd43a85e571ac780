package org.boardpack.pack.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Spelling out abbreviations at first use: whole words only, once, without touching anything else. */
class AbbreviationsTest {

    @Test
    void theFirstUseIsSpelledOutAndLaterOnesAreLeftShort() {
        Abbreviations.FirstUse first = new Abbreviations.FirstUse();
        assertThat(first.apply("MASH checks are requested; the MASH is busy."))
                .isEqualTo("Multi-agency safeguarding hub (MASH) checks are requested; the MASH is busy.");
        assertThat(first.apply("Ask the MASH.")).isEqualTo("Ask the MASH.");
        assertThat(first.apply("received by the LSCB across the partnership"))
                .isEqualTo("received by the Local Safeguarding Children Board (LSCB) across the partnership");
    }

    @Test
    void notInsideAWordNorInACodeOrId() {
        Abbreviations.FirstUse first = new Abbreviations.FirstUse();
        List<String> untouched = List.of("SPCX and XSPC", "JTAI2023-01", "LSCB2017-02", "SPC-1", "ref MASH/2", "R-ICB",
                "cpp_2years", "sn_mean", "Mashed", "Spc", "ICB_2");
        for (String s : untouched) assertThat(first.apply(s)).as(s).isEqualTo(s);
        // none of them used one up: the next whole word is still the first use
        assertThat(first.apply("the SPC chart")).isEqualTo("the statistical process control (SPC) chart");
    }

    @Test
    void anAbbreviationTheWriterSpelledOutIsLeftAsWrittenAndCountsAsUsed() {
        Abbreviations.FirstUse first = new Abbreviations.FirstUse();
        assertThat(first.apply("Designated Nurse for Children Looked After (ICB)"))
                .isEqualTo("Designated Nurse for Children Looked After (ICB)");
        assertThat(first.apply("the ICB agreed")).isEqualTo("the ICB agreed");
    }

    @Test
    void aPossessiveAndASentenceStartReadAsEnglish() {
        Abbreviations.FirstUse first = new Abbreviations.FirstUse();
        assertThat(first.apply("Bedford's own figure in DfE's release (LAIT method)."))
                .isEqualTo("Bedford's own figure in Department for Education's (DfE's) release (Local Authority Interactive Tool (LAIT) method).");
        assertThat(first.apply("Done. RAG is judged")).isEqualTo("Done. Red, amber, green (RAG) is judged");
        assertThat(first.apply("")).isEmpty();
        assertThat(first.apply((String) null)).isNull();
    }

    @Test
    void theGlossaryListsEveryAbbreviationTheBriefNamesWithItsMeaning() {
        List<String> names = Abbreviations.GLOSSARY.stream().map(Abbreviations.Entry::abbreviation).toList();
        assertThat(names).contains("MASH", "JTAI", "ICB", "LSCB", "SN", "SPC", "RAG", "YTD", "CLA", "ICPC", "LAIT", "DfE");
        assertThat(Abbreviations.entry("JTAI").meaning()).startsWith("Joint targeted area inspection");
    }
}
