package org.boardpack.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.boardpack.indicators.Unit;
import org.boardpack.input.FormulaText;
import org.boardpack.output.OutputLayout;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackWriter;
import org.boardpack.pack.view.BenchmarkView;
import org.boardpack.pack.view.IndicatorView;
import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.Shown;
import org.boardpack.pack.view.SpcView;

/**
 * results.csv: the pack view's figures, one row per indicator, for BI tools. Columns are documented in the README.
 * Figures are the displayed ones as plain numbers (no thousands separators), so they match the packs exactly.
 */
public class ResultsCsvWriter implements PackWriter {

    public static final List<String> HEADER = List.of("indicator_id", "name", "area", "unit", "polarity", "period",
            "value", "numerator", "denominator", "aggregation", "aggregated_value", "financial_year", "target",
            "tolerance", "rag", "previous_value", "direction_month", "value_year_ago", "direction_year",
            "spc_limits", "spc_mean", "spc_lower_limit", "spc_upper_limit", "spc_last_point", "spc_variation",
            "spc_assurance", "benchmark_year", "published_value", "sn_mean", "sn_count", "england", "rank",
            "ranked_count", "quartile_band", "vs_sn", "gap_sn", "vs_england", "gap_england", "benchmark_note",
            "exception_reason", "commentary_missing", "commentary", "commentary_author",
            "data_quality", "rated_on", "rated_value", "mover_rank", "previous_rag", "exception_list",
            "exception_status", "rated_numerator", "rated_denominator", "small_numbers", "mover_excluded");

    @Override
    public String name() {
        return "results";
    }

    @Override
    public Path target(OutputLayout layout) {
        return layout.resultsCsv();
    }

    @Override
    public void write(PackModel pack, OutputStream out) throws IOException {
        PackView view = PackView.of(pack);
        var w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            List<String> movers = view.movers().stream().map(m -> m.indicator().id()).toList();
            for (IndicatorView r : view.indicators()) {
                List<Object> row = new ArrayList<>();
                row.add(r.id());
                row.add(r.name());
                row.add(r.area());
                row.add(r.unit().code());
                row.add(r.polarity().label());
                row.add(view.period().toString());
                row.add(n(counts(view, r, r.value())));
                row.add(n(view.count(r.numerator())));
                row.add(n(view.count(r.denominator())));
                row.add(r.aggregation().code());
                row.add(n(counts(view, r, r.aggregated())));
                row.add(r.financialYear());
                row.add(n(r.target()));
                row.add(n(r.tolerance()));
                row.add(r.ragWord());
                row.add(n(counts(view, r, r.previous())));
                row.add(r.directionMonthWord());
                row.add(n(counts(view, r, r.yearAgo())));
                row.add(r.directionYearWord());
                SpcView spc = r.spc();
                row.add(spc.limits());
                row.add(n(spc.mean()));
                row.add(n(spc.lowerLimit()));
                row.add(n(spc.upperLimit()));
                row.add(spc.lastPointRule());
                row.add(spc.variation());
                row.add(spc.assurance());
                BenchmarkView b = r.benchmark();
                row.add(b.year() == null ? "" : b.year().toString());
                row.add(n(b.authorityValue()));
                row.add(n(b.neighbourMean()));
                row.add(b.neighboursWithValue());
                row.add(n(b.england()));
                row.add(b.rank() == null ? "" : b.rank().toString());
                row.add(b.rankedCount() == null ? "" : b.rankedCount().toString());
                row.add(b.band());
                row.add(b.vsNeighbours());
                row.add(n(b.gapNeighbours()));
                row.add(b.vsEngland());
                row.add(n(b.gapEngland()));
                row.add(b.note());
                row.add(r.exceptionText());
                row.add(r.commentaryMissing() ? "Yes" : "No");
                row.add(r.commentary() == null ? "" : r.commentary().text());
                row.add(r.commentary() == null ? "" : r.commentary().author());
                row.add(String.join("; ", r.dataQuality()));
                row.add(r.ratedOnLabel());
                row.add(n(counts(view, r, r.rated())));
                int rank = movers.indexOf(r.id());
                row.add(rank < 0 ? "" : String.valueOf(rank + 1));
                row.add(r.previousRagWord());
                row.add(r.exceptionListWord());
                row.add(r.exceptionStatus());
                row.add(n(view.count(r.ratedNumerator())));
                row.add(n(view.count(r.ratedDenominator())));
                row.add(r.smallNumbers() ? "Yes" : "No");
                row.add(view.moversExcluded().contains(r) ? "small numbers" : "");
                csv.printRecord(FormulaText.csvCells(row));
            }
        }
    }

    /** A figure of a count-unit indicator is a count: guarded as one (the partner edition's rule). */
    private static Shown counts(PackView view, IndicatorView r, Shown s) {
        return r.unit() == Unit.COUNT ? view.count(s) : s;
    }

    /** The displayed figure as a plain number ("1234.5"), blank when there is none. */
    private static String n(Shown s) {
        if (s.isSuppressed()) return s.text(); // partner edition: the suppression code
        return s.isBlank() ? "" : s.number().toPlainString();
    }
}
