package org.boardpack.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.pack.IndicatorResult;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.SeriesPoint;
import org.boardpack.pack.TeamFigure;

/** Every series in long form: one row per indicator, month and team with its numerator, denominator and value. */
final class DataSheet implements PackSheet {

    static final List<SheetTable.Column> COLUMNS = List.of(
            new SheetTable.Column("Indicator id", 24), new SheetTable.Column("Indicator", 50),
            new SheetTable.Column("Unit", 14), new SheetTable.Column("Period", 9),
            new SheetTable.Column("Team", 18), new SheetTable.Column("Numerator", 11),
            new SheetTable.Column("Denominator", 12), new SheetTable.Column("Value", 10));

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
        PackModel pack = ctx.pack();
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorResult r : pack.indicatorList()) {
            String unit = Labels.unit(r.unit());
            for (SeriesPoint p : r.series()) {
                rows.add(Arrays.asList(r.id(), r.name(), unit, Labels.period(p.period()), Labels.WHOLE_AUTHORITY,
                        Num.count(p.numerator()), Num.count(p.denominator()), Num.of(p.value(), r.decimals())));
            }
            for (TeamFigure t : r.teams()) {
                rows.add(Arrays.asList(r.id(), r.name(), unit, Labels.period(pack.period()), Labels.team(t.team()),
                        Num.count(t.numerator()), Num.count(t.denominator()), Num.of(t.value(), r.decimals())));
            }
        }
        SheetTable.write(sheet, ctx, new SheetTable.Spec(tableName(), "Data: monthly figures to " + pack.periodLabel(),
                "Figures in use after any restatement. Values are stored unrounded and shown to each indicator's decimals. "
                        + "Team figures are given for the pack's month only.",
                COLUMNS, "No figures."), rows);
    }
}
