package org.boardpack.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.pack.view.ChartMonth;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.TeamView;
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
    public void write(XSSFSheet sheet, SheetContext ctx) {
        PackView pack = ctx.view();
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorView r : pack.indicators()) {
            for (ChartMonth m : r.chart().months()) {
                if (m.value().isBlank()) continue;
                rows.add(Arrays.asList(r.id(), r.name(), r.unitName(), m.month().toString(), Wording.WHOLE_AUTHORITY,
                        ratio(r, Num.count(m.numerator())), ratio(r, Num.count(m.denominator())), Num.of(m.value(), r.decimals())));
            }
            for (TeamView t : r.teams()) {
                rows.add(Arrays.asList(r.id(), r.name(), r.unitName(), pack.period().toString(), t.team(),
                        ratio(r, Num.count(t.numerator())), ratio(r, Num.count(t.denominator())), Num.of(t.value(), r.decimals())));
            }
        }
        SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Data: monthly figures to " + pack.periodLabel(),
                "Figures in use after any restatement, as displayed (rounded to each indicator's decimals). "
                        + "Team figures are given for the pack's month only.",
                COLUMNS, "No figures."), rows);
    }
}
