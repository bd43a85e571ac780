package org.boardpack.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Every sheet with a one-line description and a link to it. */
final class ContentsSheet implements PackSheet {

    @Override
    public String name() {
        return "Contents";
    }

    @Override
    public String description() {
        return "This list of sheets, each with a link.";
    }

    @Override
    public void write(XSSFSheet sheet, SheetContext ctx) {
        List<List<Object>> rows = new ArrayList<>();
        for (PackSheet s : ctx.sheets()) {
            String address = new CellReference(s.name(), 0, 0, false, false).formatAsString();
            rows.add(List.of(new Link(s.name(), address), s.description()));
        }
        SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Contents",
                        "Select a sheet name to go to it. " + ctx.view().boardTitle() + ", " + ctx.view().periodLabel() + ".",
                        List.of(new SheetTable.Column("Sheet", 20), new SheetTable.Column("What it contains", 110)), null),
                rows);
    }
}
