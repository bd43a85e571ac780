package org.boardpack.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.boardpack.indicators.Aggregation;
import org.boardpack.indicators.FinancialYear;
import org.boardpack.indicators.Indicator;
import org.boardpack.indicators.Polarity;
import org.boardpack.indicators.Target;
import org.boardpack.indicators.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The indicator catalogue and targets as last loaded (replaced as a whole on each load). */
@Repository
public class CatalogueStore {

    private final JdbcClient jdbc;

    public CatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(Map<String, Indicator> catalogue, List<Target> targets) {
        jdbc.sql("DELETE FROM bp_target").update();
        jdbc.sql("DELETE FROM bp_indicator").update();
        for (Indicator i : catalogue.values()) {
            jdbc.sql("INSERT INTO bp_indicator (id, name, area, unit, polarity, decimals, definition, source, benchmark, aggregation) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(i.id(), i.name(), i.area(), i.unit().code(), i.polarity().label(), i.decimals(),
                            i.definition(), i.source(), i.benchmark(), i.aggregation().code())
                    .update();
        }
        for (Target t : targets) {
            jdbc.sql("INSERT INTO bp_target (indicator_id, financial_year, target, tolerance) VALUES (?, ?, ?, ?)")
                    .params(t.indicatorId(), t.year().label(), t.value(), t.tolerance()).update();
        }
    }

    public Map<String, Indicator> catalogue() {
        Map<String, Indicator> result = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name, area, unit, polarity, decimals, definition, source, benchmark, aggregation FROM bp_indicator ORDER BY id")
                .query((rs, n) -> new Indicator(rs.getString(1), rs.getString(2), rs.getString(3),
                        Unit.parse(rs.getString(4)), Polarity.parse(rs.getString(5)), rs.getInt(6),
                        nullToEmpty(rs.getString(7)), nullToEmpty(rs.getString(8)), nullToEmpty(rs.getString(9)),
                        Aggregation.parse(rs.getString(10))))
                .list().forEach(i -> result.put(i.id(), i));
        return result;
    }

    public List<Target> targets() {
        return jdbc.sql("SELECT indicator_id, financial_year, target, tolerance FROM bp_target")
                .query((rs, n) -> new Target(rs.getString(1), FinancialYear.parse(rs.getString(2)), rs.getDouble(3), rs.getDouble(4)))
                .list();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
