package org.boardpack.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.boardpack.excel.SamplePack;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The October 2026 sample's HTML edition, checked as a publisher's accessibility audit and a browser would; the checks
 * in headless Chromium (axe-core) and the Nu Html Checker are in {@link HtmlEditionIT}.
 */
class HtmlEditionTest {

    static String html;
    static Document dom;
    static PackView view;

    @BeforeAll
    static void render() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlPackWriter().write(SamplePack.sample(), out);
        html = out.toString(StandardCharsets.UTF_8);
        view = PackView.of(SamplePack.sample());
        // well-formed XML too: the accessible PDF's renderer parses it as XHTML
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        dom = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void isSelfContainedWithNoScriptsOrExternalRequests() {
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("@import")
                .doesNotContainIgnoringCase("url(").doesNotContain("src=\"");
        // the only absolute URIs are the XML namespaces
        assertThat(html.replace("http://www.w3.org/1999/xhtml", "").replace("http://www.w3.org/2000/svg", ""))
                .doesNotContain("http://").doesNotContain("https://");
        assertThat(html).contains("<style>").contains("@media print");
    }

    @Test
    void namesItsLanguageAndHasLandmarksASkipLinkAndOneH1() {
        Element root = dom.getDocumentElement();
        assertThat(root.getAttribute("lang")).isEqualTo("en-GB");
        assertThat(dom.getElementsByTagName("header").getLength()).isEqualTo(1);
        assertThat(dom.getElementsByTagName("nav").getLength()).isEqualTo(1);
        assertThat(dom.getElementsByTagName("main").getLength()).isEqualTo(1);
        assertThat(dom.getElementsByTagName("footer").getLength()).isEqualTo(1);
        Element skip = (Element) dom.getElementsByTagName("a").item(0);
        assertThat(skip.getAttribute("href")).isEqualTo("#main");
        assertThat(((Element) dom.getElementsByTagName("main").item(0)).getAttribute("id")).isEqualTo("main");
        assertThat(dom.getElementsByTagName("h1").getLength()).isEqualTo(1);
        assertThat(dom.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Children's Services Improvement Board: board pack, October 2026");
    }

    @Test
    void headingsNeverSkipALevel() {
        List<Integer> levels = new ArrayList<>();
        NodeList all = dom.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String tag = all.item(i).getNodeName();
            if (tag.matches("h[1-6]")) levels.add(tag.charAt(1) - '0');
        }
        assertThat(levels.get(0)).isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after level %d", i, levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
    }

    @Test
    void everyTableHasACaptionAndEveryHeaderCellAScope() {
        NodeList tables = dom.getElementsByTagName("table");
        assertThat(tables.getLength()).isGreaterThan(20);
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            assertThat(t.getElementsByTagName("caption").getLength()).as("caption of table %d", i).isEqualTo(1);
            assertThat(t.getElementsByTagName("caption").item(0).getTextContent()).isNotBlank();
        }
        NodeList th = dom.getElementsByTagName("th");
        for (int i = 0; i < th.getLength(); i++) {
            assertThat(((Element) th.item(i)).getAttribute("scope")).as("scope of th %d", i).isIn("col", "row");
        }
    }

    @Test
    void theProtectiveMarkingIsAtTheTopAndBottom() {
        String marking = view.marking();
        assertThat(((Element) dom.getElementsByTagName("header").item(0)).getTextContent()).contains(marking);
        assertThat(((Element) dom.getElementsByTagName("footer").item(0)).getTextContent()).contains(marking);
    }

    @Test
    void everyChartIsAnAccessibleSvgWithItsMessageAndADataTable() {
        List<Element> svgs = charts();
        // a trend chart per indicator and an SPC chart per exception
        assertThat(svgs).hasSize(view.indicators().size() + view.exceptions().size());
        for (Element svg : svgs) {
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            String title = svg.getElementsByTagName("title").item(0).getTextContent();
            String desc = svg.getElementsByTagName("desc").item(0).getTextContent();
            assertThat(svg.getAttribute("aria-labelledby")).contains(((Element) svg.getElementsByTagName("title").item(0)).getAttribute("id"));
            assertThat(title).isNotBlank();
            assertThat(desc).matches(".*\\d.*");
            // the data table beside it, in a details element of the same block
            Element block = (Element) svg.getParentNode().getParentNode();
            assertThat(block.getElementsByTagName("details").getLength()).as("data for %s", title).isEqualTo(1);
        }
        IndicatorView first = view.indicators().get(0);
        assertThat(html).contains(escape(org.boardpack.pack.view.ChartMessage.trend(first)));
    }

    @Test
    void everyStatusCellCarriesItsWord() {
        NodeList cells = dom.getElementsByTagName("td");
        int status = 0;
        for (int i = 0; i < cells.getLength(); i++) {
            Element td = (Element) cells.item(i);
            if (!td.getAttribute("class").equals("status")) continue;
            status++;
            assertThat(td.getTextContent().strip()).isNotEmpty();
            assertThat(td.getAttribute("style")).startsWith("background-color:#");
        }
        assertThat(status).isGreaterThanOrEqualTo(view.indicators().size());
    }

    /** The charts: every svg but the Making Data Count icons. */
    private List<Element> charts() {
        List<Element> charts = new ArrayList<>();
        NodeList all = dom.getElementsByTagName("svg");
        for (int i = 0; i < all.getLength(); i++) {
            Element svg = (Element) all.item(i);
            if (!svg.getAttribute("class").equals("mdc-icon")) charts.add(svg);
        }
        return charts;
    }

    @Test
    void theMdcIconsAreInlineSvgWithTheirTextAlternativeAndWords() {
        NodeList all = dom.getElementsByTagName("svg");
        List<Element> icons = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element svg = (Element) all.item(i);
            if (svg.getAttribute("class").equals("mdc-icon")) icons.add(svg);
        }
        long scorecard = view.indicators().stream().filter(r -> r.spc().variationIcon() != null).count();
        long exceptions = view.exceptions().stream()
                .mapToLong(r -> (r.spc().variationIcon() != null ? 1 : 0) + (r.spc().assuranceIcon() != null ? 1 : 0)).sum();
        // the scorecard's variation icons, each exception's two, and the definitions' one of each
        assertThat(icons).hasSize((int) (scorecard + exceptions + org.boardpack.pack.view.MdcIcon.values().length));
        for (Element svg : icons) {
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            String label = svg.getAttribute("aria-label");
            assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(label);
            assertThat(java.util.Arrays.stream(org.boardpack.pack.view.MdcIcon.values()).map(org.boardpack.pack.view.MdcIcon::label))
                    .contains(label);
            // never the icon alone: its words are written beside it in the same element
            assertThat(svg.getParentNode().getTextContent().replace(svg.getTextContent(), "")).contains(label);
        }
        // each exception's section holds its SPC sentence and its chart
        NodeList h3 = dom.getElementsByTagName("h3");
        for (var r : view.exceptions()) {
            Element section = null;
            for (int i = 0; i < h3.getLength(); i++) {
                if (h3.item(i).getTextContent().equals(r.name()) && ((Element) h3.item(i).getParentNode()).getAttribute("class").equals("exception")) {
                    section = (Element) h3.item(i).getParentNode();
                }
            }
            assertThat(section).as(r.name()).isNotNull();
            assertThat(section.getTextContent()).contains(r.spc().sentence());
            assertThat(section.getElementsByTagName("svg").getLength()).as(r.name()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void hasTheSamePartsInTheSameOrderAsThePdf() {
        List<String> h2 = new ArrayList<>();
        NodeList list = dom.getElementsByTagName("h2");
        for (int i = 0; i < list.getLength(); i++) h2.add(list.item(i).getTextContent());
        List<String> expected = new ArrayList<>(List.of("Contents", "Executive summary"));
        view.sections().forEach(s -> expected.add(s.title()));
        expected.addAll(List.of("Exceptions", "Improvement plan tracker", "Data quality",
                "Appendix: definitions"));
        assertThat(h2).containsExactlyElementsOf(expected);
    }

    @Test
    void showsTheChangeSinceLastMonthAsThePdfDoes() {
        Element summary = section("summary");
        String text = summary.getTextContent().replaceAll("\\s+", " ");
        // the sample's October against September (worked out in ChangeSinceLastMonthTest): five RAG moves, worst first
        assertThat(text).contains("What changed since September 2026")
                .contains("Initial health assessments within 20 working days moved from Amber to Red: 76.9% (60 of 78) in the "
                        + "year to date against a target of 85.0%; October alone: 58.3% (7 of 12), small numbers: read with care.")
                .contains("Agency social workers moved from Red to Amber: 17.7% (36 of 203) in October against a target of 16.0%.")
                // six to act on, two to watch; three closed since September
                .contains("Act: 6; watch: 2.")
                .contains("Closed since September 2026 (no longer on either list): Re-referrals within 12 months, Green (was Amber)");
        assertThat(summary.getElementsByTagName("ul").item(0).getChildNodes().getLength()).isEqualTo(5);
        // the exceptions table: act first, then watch, each with its list, status and the figure rated with its counts
        List<String> rows = new ArrayList<>();
        NodeList tables = summary.getElementsByTagName("table");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            if (!table.getElementsByTagName("caption").item(0).getTextContent().startsWith("Exceptions this month")) continue;
            NodeList trs = ((Element) table.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
            for (int i = 0; i < trs.getLength(); i++) rows.add(trs.item(i).getTextContent().replaceAll("\\s+", " ").strip());
        }
        assertThat(rows).hasSize(8);
        assertThat(rows.get(2)).startsWith("Initial health assessments within 20 working days").contains("76.9% (60 of 78)")
                .contains("Act, continuing (last month Amber)");
        assertThat(rows.get(6)).startsWith("Child protection reviews").contains("Watch, continuing");
        assertThat(rows.get(7)).contains("Watch, continuing");
        // the moves left out for small numbers, with both months' counts
        assertThat(text).contains("Left out for small numbers (a denominator below 20 this month or last): ")
                .contains("Initial child protection conferences within 15 working days: 75.0% (12 of 16) to 95.8% (23 of 24)");
        // each exception's block names its list and status
        assertThat(section("exceptions").getTextContent()).contains("Act (continuing). Why: ").contains("Watch (continuing). Why: ");
    }

    private static Element section(String headingId) {
        NodeList sections = dom.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element s = (Element) sections.item(i);
            if (headingId.equals(s.getAttribute("aria-labelledby"))) return s;
        }
        throw new AssertionError("no section for " + headingId);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
