package org.boardpack.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.MdcIcon;
import org.boardpack.pack.view.PackView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Making Data Count icons in the sample workbook, read back with POI. */
class ExcelMdcIconsTest {

    static PackView view;
    static XSSFWorkbook wb;

    @BeforeAll
    static void write() {
        view = PackView.of(SamplePack.sample());
        wb = WorkbookReading.open(SamplePack.sampleXlsx());
    }

    private static List<XSSFPicture> pictures(XSSFSheet sheet) {
        List<XSSFPicture> pictures = new ArrayList<>();
        for (XSSFShape s : sheet.createDrawingPatriarch().getShapes()) if (s instanceof XSSFPicture p) pictures.add(p);
        return pictures;
    }

    @Test
    void theScorecardHasEachVariationIconAsAPictureWithAltTextInItsRowBesideItsWords() {
        XSSFSheet sheet = wb.getSheet("Scorecard");
        List<String> headers = WorkbookReading.headers(sheet);
        int iconColumn = headers.indexOf("SPC variation icon");
        int words = headers.indexOf("SPC variation");
        assertThat(words).isEqualTo(iconColumn + 1);
        List<IndicatorView> rows = view.indicators();
        List<XSSFPicture> pictures = pictures(sheet);
        assertThat(pictures).hasSize((int) rows.stream().filter(r -> r.spc().variationIcon() != null).count()).isNotEmpty();
        for (XSSFPicture p : pictures) {
            int row = p.getClientAnchor().getRow1();
            assertThat(p.getClientAnchor().getCol1()).isEqualTo((short) iconColumn);
            IndicatorView r = rows.get(row - SheetTable.FIRST_DATA_ROW);
            MdcIcon icon = r.spc().variationIcon();
            String descr = p.getCTPicture().getNvPicPr().getCNvPr().getDescr();
            assertThat(descr).isEqualTo(icon.label() + ": " + icon.meaning());
            assertThat(sheet.getRow(row).getCell(words).getStringCellValue()).isEqualTo(r.spc().variation());
            assertThat(p.getPictureData().getData()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
        // each icon's PNG is in the workbook once, however many cells show it
        long distinct = rows.stream().map(r -> r.spc().variationIcon()).filter(java.util.Objects::nonNull).distinct().count();
        long exceptionIcons = view.exceptions().stream().flatMap(r -> java.util.stream.Stream.of(r.spc().variationIcon(), r.spc().assuranceIcon()))
                .filter(java.util.Objects::nonNull).filter(i -> rows.stream().noneMatch(r -> r.spc().variationIcon() == i)).distinct().count();
        assertThat(wb.getAllPictures()).hasSize((int) (distinct + exceptionIcons));
    }

    @Test
    void theExceptionsCarryBothIconsTheSentenceAndALinkToTheirSpcRow() {
        XSSFSheet sheet = wb.getSheet("Exceptions");
        List<String> headers = WorkbookReading.headers(sheet);
        List<IndicatorView> exceptions = view.exceptions();
        assertThat(exceptions).isNotEmpty();
        for (int i = 0; i < exceptions.size(); i++) {
            IndicatorView r = exceptions.get(i);
            var row = sheet.getRow(SheetTable.FIRST_DATA_ROW + i);
            assertThat(row.getCell(headers.indexOf("SPC reading")).getStringCellValue()).isEqualTo(r.spc().reading());
            var link = row.getCell(headers.indexOf("SPC chart")).getHyperlink();
            assertThat(link.getAddress()).isEqualTo("'SPC'!A" + (SheetTable.FIRST_DATA_ROW + view.indicators().indexOf(r) + 1));
            XSSFSheet spc = wb.getSheet("SPC");
            assertThat(spc.getRow(SheetTable.FIRST_DATA_ROW + view.indicators().indexOf(r)).getCell(1).getStringCellValue()).isEqualTo(r.name());
        }
        int expected = (int) exceptions.stream().flatMap(r -> java.util.stream.Stream.of(r.spc().variationIcon(), r.spc().assuranceIcon()))
                .filter(java.util.Objects::nonNull).count();
        assertThat(pictures(sheet)).hasSize(expected)
                .allSatisfy(p -> assertThat(p.getCTPicture().getNvPicPr().getCNvPr().getDescr()).isNotBlank());
    }
}
