package org.boardpack.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.excel.WorkbookReading.content;
import static org.boardpack.excel.WorkbookReading.decimals;
import static org.boardpack.excel.WorkbookReading.headers;
import static org.boardpack.excel.WorkbookReading.rows;
import static org.boardpack.excel.WorkbookReading.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Unit;
import org.boardpack.pack.view.Numbers;
import org.boardpack.pack.view.Wording;
import org.boardpack.pack.PackModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped sample's pack written as Excel and reopened with POI, as a user's tools would read it. */
class ExcelSamplePackTest {

    static PackModel pack;
    static byte[] xlsx;
    static XSSFWorkbook wb;

    @BeforeAll
    static void write() {
        pack = SamplePack.sample();
        xlsx = SamplePack.sampleXlsx();
        wb = WorkbookReading.open(xlsx);
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
    }

    @Test
    void writerIsTheExcelStep() {
        assertThat(new ExcelPackWriter().name()).isEqualTo("excel");
        assertThat(pack.indicatorList()).hasSize(22);
    }

    @Test
    void everySheetInOrderWithATitleAndOneNamedTableUnderIt() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
        assertThat(names).containsExactly("Cover", "Contents", "Summary", "Scorecard", "Trends", "SPC", "Benchmarks",
                "Recommendations", "Exceptions", "Data quality", "Data", "Definitions");
        Set<String> tableNames = new HashSet<>();
        for (String name : names) {
            XSSFSheet sheet = wb.getSheet(name);
            Cell a1 = sheet.getRow(0).getCell(0);
            assertThat(a1.getCellType()).as(name + " A1").isEqualTo(CellType.STRING);
            assertThat(a1.getStringCellValue()).as(name + " title").isNotBlank();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).as(name + " note").startsWith("OFFICIAL-SENSITIVE");
            XSSFTable t = table(sheet);
            assertThat(t.getName()).as(name + " table name").matches("[A-Za-z][A-Za-z0-9]*");
            assertThat(tableNames.add(t.getName().toLowerCase())).as("unique table name " + t.getName()).isTrue();
            assertThat(t.getStartRowIndex()).as(name + " header row").isEqualTo(2);
            assertThat(t.getStartColIndex()).isZero();
            assertThat(t.getEndRowIndex()).as(name + " has a data row").isGreaterThan(t.getStartRowIndex());
            assertThat(t.getCTTable().isSetAutoFilter()).as(name + " has no filter buttons (issue 19)").isFalse();
            // the header row is the table's single header row, with the table's column names
            List<String> headers = headers(sheet);
            List<String> tableColumns = new ArrayList<>();
            for (var col : t.getCTTable().getTableColumns().getTableColumnArray()) tableColumns.add(col.getName());
            assertThat(headers).as(name + " headers").isEqualTo(tableColumns).doesNotContain("").doesNotHaveDuplicates();
            assertThat(t.getCTTable().getHeaderRowCount()).isIn(0L, 1L); // 1 is the default, written as absent
        }
    }

    @Test
    void eachSheetCarriesItsHeaders() {
        assertThat(headers(wb.getSheet("Cover"))).containsExactly("Topic", "Item", "Detail");
        assertThat(headers(wb.getSheet("Contents"))).containsExactly("Sheet", "What it contains");
        assertThat(headers(wb.getSheet("Summary"))).containsExactly("Part", "Item", "Status", "Count or figure", "Detail");
        assertThat(headers(wb.getSheet("Scorecard"))).contains("Area", "Indicator id", "Indicator", "Value", "Target",
                "RAG", "Direction (month)", "Direction (year)", "Statistical neighbours mean", "England", "Rank",
                "Quartile band", "SPC variation", "SPC assurance", "Exception reason");
        assertThat(headers(wb.getSheet("Trends"))).containsExactly("Indicator id", "Indicator", "Period", "Financial year",
                "Value", "Year to date or rolling 12 months", "Target", "Red beyond", "Benchmark year",
                "Statistical neighbours mean", "England", "SPC mean", "SPC lower process limit",
                "SPC upper process limit", "SPC special cause rule", "SPC signal", "Special cause: concern",
                "Special cause: improvement", "Special cause: neutral");
        assertThat(headers(wb.getSheet("SPC"))).contains("Indicator id", "Mean", "Lower process limit",
                "Upper process limit", "Last signal", "SPC variation", "SPC assurance");
        assertThat(headers(wb.getSheet("Benchmarks"))).contains("Statistical neighbours mean", "England", "Rank",
                "Quartile band", "Lower quartile", "Median", "Upper quartile");
        assertThat(headers(wb.getSheet("Recommendations"))).contains("Id", "Recommendation", "Owner", "Due date",
                "BRAG", "Movement", "Progress", "Linked indicators");
        assertThat(headers(wb.getSheet("Exceptions"))).contains("Indicator", "Exception reason", "Value", "Target",
                "RAG", "Commentary missing", "Commentary");
        assertThat(headers(wb.getSheet("Data quality"))).contains("Kind", "Indicator id", "Period", "File", "Detail");
        assertThat(headers(wb.getSheet("Data"))).containsExactly("Indicator id", "Indicator", "Unit", "Period", "Team",
                "Numerator", "Denominator", "Value");
        assertThat(headers(wb.getSheet("Definitions"))).contains("Indicator id", "Definition", "Unit", "Better when",
                "Source", "Benchmark source");
    }

    @Test
    void tablesHaveNoBlankRowsAndNoMergedCells() {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            assertThat(sheet.getNumMergedRegions()).as(sheet.getSheetName() + " merged regions").isZero();
            XSSFTable t = table(sheet);
            for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row).as(sheet.getSheetName() + " row " + (r + 1)).isNotNull();
                boolean any = false;
                for (Cell c : row) any |= c.getCellType() != CellType.BLANK;
                assertThat(any).as(sheet.getSheetName() + " row " + (r + 1) + " is blank").isTrue();
            }
        }
    }

    @Test
    void frozenHeaderFiltersAndPrintSetUp() {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            String name = sheet.getSheetName();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).as(name + " frozen pane").isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).as(name + " frozen below the header").isEqualTo((short) 3);
            assertThat(sheet.getPrintSetup().getLandscape()).as(name + " landscape").isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            assertThat(sheet.getRepeatingRows()).as(name + " repeating header").isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
            assertThat(sheet.getFooter().getCenter()).isEqualTo("OFFICIAL-SENSITIVE");
            assertThat(sheet.getHeader().getCenter()).isEqualTo("OFFICIAL-SENSITIVE");
        }
    }

    /** Every scorecard figure is the results.csv figure: numbers stored as numbers, shown to the same decimals. */
    @Test
    void scorecardFiguresEqualResultsCsv() {
        Map<String, CSVRecord> csv = WorkbookReading.resultsCsv(pack);
        Map<String, String> numeric = Map.ofEntries(
                Map.entry("Value", "value"), Map.entry("Numerator", "numerator"), Map.entry("Denominator", "denominator"),
                Map.entry("Year to date or rolling 12 months", "aggregated_value"), Map.entry("Target", "target"),
                Map.entry("Tolerance", "tolerance"), Map.entry("Previous month", "previous_value"),
                Map.entry("Year ago", "value_year_ago"), Map.entry("Statistical neighbours mean", "sn_mean"),
                Map.entry("England", "england"), Map.entry("Benchmark year", "benchmark_year"),
                Map.entry("Published value", "published_value"), Map.entry("Rank", "rank"),
                Map.entry("Authorities ranked", "ranked_count"), Map.entry("Gap to neighbours", "gap_sn"),
                Map.entry("Gap to England", "gap_england"), Map.entry("SPC mean", "spc_mean"),
                Map.entry("SPC lower limit", "spc_lower_limit"), Map.entry("SPC upper limit", "spc_upper_limit"));
        Map<String, String> text = Map.ofEntries(
                Map.entry("Indicator id", "indicator_id"), Map.entry("Indicator", "name"), Map.entry("Area", "area"),
                Map.entry("Financial year", "financial_year"), Map.entry("RAG", "rag"),
                Map.entry("Direction (month)", "direction_month"), Map.entry("Direction (year)", "direction_year"),
                Map.entry("Neighbours with a value", "sn_count"), Map.entry("Quartile band", "quartile_band"),
                Map.entry("Compared with neighbours", "vs_sn"), Map.entry("Compared with England", "vs_england"),
                Map.entry("Benchmark note", "benchmark_note"), Map.entry("SPC limits", "spc_limits"),
                Map.entry("SPC last point", "spc_last_point"), Map.entry("SPC variation", "spc_variation"),
                Map.entry("SPC assurance", "spc_assurance"), Map.entry("Exception reason", "exception_reason"),
                Map.entry("Commentary missing", "commentary_missing"), Map.entry("Commentary", "commentary"),
                Map.entry("Commentary by", "commentary_author"), Map.entry("Data quality", "data_quality"));
        List<Map<String, Cell>> rows = rows(wb.getSheet("Scorecard"));
        assertThat(rows).hasSize(22);
        Set<String> checked = new HashSet<>();
        for (Map<String, Cell> row : rows) {
            String id = row.get("Indicator id").getStringCellValue();
            CSVRecord expected = csv.get(id);
            assertThat(expected).as(id).isNotNull();
            for (var e : numeric.entrySet()) {
                Cell c = row.get(e.getKey());
                String want = expected.get(e.getValue());
                if (want.isEmpty()) {
                    // no figure: coded [x] (not available) or [z] (not applicable), never left empty (issue 19)
                    assertThat(c.getCellType()).as(id + " " + e.getKey() + " coded").isEqualTo(CellType.STRING);
                    assertThat(c.getStringCellValue()).as(id + " " + e.getKey() + " coded").isIn("[x]", "[z]");
                } else {
                    assertThat(c.getCellType()).as(id + " " + e.getKey() + " is a number").isEqualTo(CellType.NUMERIC);
                    assertThat(Numbers.round(c.getNumericCellValue(), decimals(c)).toPlainString()).as(id + " " + e.getKey()).isEqualTo(want);
                    assertThat(WorkbookReading.shown(c).replace(",", "")).as(id + " " + e.getKey() + " as shown").isEqualTo(want);
                }
            }
            for (var e : text.entrySet()) {
                Cell c = row.get(e.getKey());
                String want = expected.get(e.getValue());
                if (want.isEmpty()) {
                    // no figure: coded [x] (not available) or [z] (not applicable), never left empty (issue 19)
                    assertThat(c.getCellType()).as(id + " " + e.getKey() + " coded").isEqualTo(CellType.STRING);
                    assertThat(c.getStringCellValue()).as(id + " " + e.getKey() + " coded").isIn("[x]", "[z]");
                } else {
                    assertThat(c.getCellType()).as(id + " " + e.getKey()).isEqualTo(CellType.STRING);
                    assertThat(c.getStringCellValue()).as(id + " " + e.getKey()).isEqualTo(want);
                }
            }
            assertThat(row.get("Unit").getStringCellValue()).isEqualTo(Wording.unit(Unit.parse(expected.get("unit"))));
            assertThat(row.get("Better when").getStringCellValue()).isEqualTo(Wording.better(Polarity.parse(expected.get("polarity"))));
            assertThat(row.get("RAG judged on").getStringCellValue()).isEqualTo(Aggregation.parse(expected.get("aggregation")).label());
            checked.add(id);
        }
        assertThat(checked).hasSize(22);
        // three indicators by hand: a rolling 12-month rate with a benchmark, a Red snapshot, an SPC concern
        assertThat(csv.get("rereferrals").get("value")).isEqualTo("21.1");
        assertThat(csv.get("rereferrals").get("quartile_band")).isEqualTo("D");
        assertThat(csv.get("cpp_2years").get("rag")).isEqualTo("Red");
        assertThat(csv.get("care_proceedings_weeks").get("spc_variation")).isEqualTo("Special cause concern (high)");
    }

    @Test
    void scorecardNumbersUseTheIndicatorsDecimalsAndAreGroupedByArea() {
        List<Map<String, Cell>> rows = rows(wb.getSheet("Scorecard"));
        List<String> areas = new ArrayList<>();
        for (Map<String, Cell> row : rows) {
            String area = row.get("Area").getStringCellValue();
            if (areas.isEmpty() || !areas.get(areas.size() - 1).equals(area)) areas.add(area);
            Cell value = row.get("Value");
            assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
        }
        assertThat(areas).containsExactly("Help and protection", "Children looked after", "Care leavers", "Workforce");
    }

    @Test
    void noCellAnywhereIsAFormula() {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            for (Row row : wb.getSheetAt(i)) {
                for (Cell c : row) {
                    assertThat(c.getCellType()).as(wb.getSheetName(i) + " " + c.getAddress()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void documentProperties() {
        var core = wb.getProperties().getCoreProperties();
        assertThat(core.getTitle()).contains("Children's Services Improvement Board").contains("October 2026");
        assertThat(core.getSubject()).isNotBlank();
        assertThat(core.getCreator()).isEqualTo("Bedford Borough Council");
        assertThat(core.getKeywords()).contains("children's services").contains("2026-10");
        var custom = wb.getProperties().getCustomProperties();
        assertThat(custom.contains("Classification")).isTrue();
        assertThat(custom.getProperty("Classification").getLpwstr()).isEqualTo("OFFICIAL-SENSITIVE");
        assertThat(core.getCreated()).isEqualTo(java.util.Date.from(
                SamplePack.PRODUCED.atZone(java.time.ZoneId.of("Europe/London")).toInstant()));
    }

    @Test
    void sameInputsGiveTheSameCellContents() throws Exception {
        byte[] again = SamplePack.render(new ExcelPackWriter(), SamplePack.fresh());
        try (XSSFWorkbook other = WorkbookReading.open(again)) {
            assertThat(other.getNumberOfSheets()).isEqualTo(wb.getNumberOfSheets());
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                assertThat(cells(other.getSheetAt(i))).as(wb.getSheetName(i)).isEqualTo(cells(wb.getSheetAt(i)));
            }
        }
    }

    private static List<String> cells(XSSFSheet sheet) {
        List<String> all = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) all.add(c.getAddress() + "=" + content(c));
        }
        return all;
    }

    @Test
    void coverSaysWhatThePackIsAndHowToReadIt() {
        List<Map<String, Cell>> rows = rows(wb.getSheet("Cover"));
        Map<String, String> pack = new java.util.LinkedHashMap<>();
        Set<String> topics = new HashSet<>();
        for (Map<String, Cell> r : rows) {
            topics.add(r.get("Topic").getStringCellValue());
            if (r.get("Topic").getStringCellValue().equals("Pack")) {
                pack.put(r.get("Item").getStringCellValue(), WorkbookReading.shown(r.get("Detail")));
            }
        }
        assertThat(pack).containsEntry("Board", "Children's Services Improvement Board")
                .containsEntry("Authority", "Bedford Borough Council").containsEntry("Period", "October 2026 (2026-10)")
                .containsEntry("Produced", "2 November 2026 at 06:00 (UK time)").containsEntry("Revision", "1")
                .containsEntry("Classification", "OFFICIAL-SENSITIVE")
                .containsEntry("Subtitle", "Monthly performance and improvement plan report");
        assertThat(pack.get("Contact")).contains("Performance and Intelligence Team");
        assertThat(topics).contains("RAG against target", "Direction of travel", "Benchmark band", "SPC variation",
                "SPC assurance", "Recommendation BRAG");
    }

    @Test
    void contentsLinksToEverySheet() {
        List<Map<String, Cell>> rows = rows(wb.getSheet("Contents"));
        assertThat(rows).extracting(r -> r.get("Sheet").getStringCellValue()).containsExactlyElementsOf(ExcelPackWriter.SHEET_NAMES);
        for (Map<String, Cell> r : rows) {
            Cell c = r.get("Sheet");
            assertThat(c.getHyperlink()).as(c.getStringCellValue()).isNotNull();
            String address = c.getHyperlink().getAddress();
            assertThat(address).endsWith("!A1");
            assertThat(wb.getSheet(address.substring(0, address.lastIndexOf('!')).replace("'", ""))).isNotNull();
            assertThat(r.get("What it contains").getStringCellValue()).isNotBlank();
        }
    }
}
