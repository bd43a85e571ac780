package org.boardpack.excel;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.pack.view.PackView;

/**
 * What every sheet writer needs: the pack view (the only source of what a reader sees), the workbook's styles and
 * status fills, the sheets in order (for the contents) and where each indicator's months sit on the Trends sheet
 * (the cells the charts plot).
 */
record SheetContext(PackView view, XSSFWorkbook workbook, ExcelStyles styles, StatusFills fills,
                    List<PackSheet> sheets, TrendLayout trends) {
}
