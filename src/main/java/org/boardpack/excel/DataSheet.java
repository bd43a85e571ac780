package org.boardpack.excel;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.Wording;

/** Every series in long form: one row per indicator, month and team with its numerator, denominator and value. */
final class DataSheet implements PackSheet {

    static final List<SheetTable.Column> COLUMNS = List.of(
            new SheetTable.Column("Indicator id", 24), new SheetTable.Column("Indicator", 50),
            new SheetTable.Column("Unit", 14), new SheetTable.Column("Period", 9),
            new SheetTable.Column("Team", 18), new SheetTable.Column("Numerator", 11),
            new SheetTable.Column("Denominator", 12), new SheetTable.Column("Value", 10));

    /** A numerator or denominator: not applicable ({@code [z]}) for an indicator that is not a ratio. */
    private static Object ratio(IndicatorView r, Num n) {
        return n.isBlank() && !r.unit().isRatio() ? Blank.NOT_APPLICABLE : n;
    }

    @Override
    public String name() {
        return "Data";
    }

    @Override
    public String description() {
        return "Every series in long form: indicator, period, team, numerator, denominator and value (the whole authority's last 24 months, and teams' figures for the month).";
    }

    @Override
    public boolean streamed() {
        return true;
    }

    @Override
    public void write(XSSFSheet sheet, SheetContext ctx) {
        writeStreaming(sheet, sheet, ctx);
    }

    /** The rows are produced one at a time as they are written: a pack may have tens of thousands of team figures. */
    @Override
    public void writeStreaming(Sheet rows, XSSFSheet table, SheetContext ctx) {
        PackView pack = ctx.view();
        Iterator<List<Object>> values = pack.indicators().stream().flatMap(r -> Stream.concat(
                r.chart().months().stream().filter(m -> !m.value().isBlank())
                        .map(m -> Arrays.<Object>asList(r.id(), r.name(), r.unitName(), m.month().toString(),
                                Wording.WHOLE_AUTHORITY, ratio(r, Num.count(m.numerator())),
                                ratio(r, Num.count(m.denominator())), Num.of(m.value(), r.decimals()))),
                r.teams().stream().map(t -> Arrays.<Object>asList(r.id(), r.name(), r.unitName(),
                        pack.period().toString(), t.team(), ratio(r, Num.count(t.numerator())),
                        ratio(r, Num.count(t.denominator())), Num.of(t.value(), r.decimals()))))).iterator();
        SheetTable.write(rows, table, ctx, new SheetTable.Spec(tableName(), "Data: monthly figures to " + pack.periodLabel(),
                "Figures in use after any restatement, as displayed (rounded to each indicator's decimals). "
                        + "Team figures are given for the pack's month only.",
                COLUMNS, "No figures."), values);
    }
}
