package org.boardpack.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.boardpack.input.FormulaText;
import org.boardpack.benchmarks.BenchmarkComparison;
import org.boardpack.indicators.spc.SpcPoint;
import org.boardpack.indicators.spc.SpcResult;
import org.boardpack.output.OutputLayout;

/** results.csv: the pack model's figures, one row per indicator, for BI tools. Columns are documented in the README. */
public class ResultsCsvWriter implements PackWriter {

    public static final List<String> HEADER = List.of("indicator_id", "name", "area", "unit", "polarity", "period",
            "value", "numerator", "denominator", "aggregation", "aggregated_value", "financial_year", "target",
            "tolerance", "rag", "previous_value", "direction_month", "value_year_ago", "direction_year",
            "spc_limits", "spc_mean", "spc_lower_limit", "spc_upper_limit", "spc_last_point", "spc_variation",
            "spc_assurance", "benchmark_year", "published_value", "sn_mean", "sn_count", "england", "rank",
            "ranked_count", "quartile_band", "vs_sn", "gap_sn", "vs_england", "gap_england", "benchmark_note",
            "exception_reason", "commentary_missing", "commentary", "commentary_author",
            "data_quality");

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
        var w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (IndicatorResult r : pack.indicatorList()) {
                List<Object> row = new ArrayList<>();
                int d = r.decimals();
                row.add(r.id());
                row.add(r.name());
                row.add(r.area());
                row.add(r.unit().code());
                row.add(r.polarity().label());
                row.add(pack.period().toString());
                row.add(Formatting.number(r.value(), d));
                row.add(Formatting.number(r.numerator(), 0));
                row.add(Formatting.number(r.denominator(), 0));
                row.add(r.aggregation().code());
                row.add(Formatting.number(r.aggregatedValue(), d));
                row.add(r.financialYear());
                row.add(Formatting.number(r.target(), d));
                row.add(Formatting.number(r.tolerance(), d));
                row.add(r.rag().label());
                row.add(Formatting.number(r.previousValue(), d));
                row.add(r.directionMonth().label());
                row.add(Formatting.number(r.yearAgoValue(), d));
                row.add(r.directionYear().label());
                SpcResult spc = r.spc();
                row.add(spc.status().label());
                row.add(Formatting.number(spc.mean(), d));
                row.add(Formatting.number(spc.lowerProcessLimit(), d));
                row.add(Formatting.number(spc.upperProcessLimit(), d));
                SpcPoint last = spc.lastPoint();
                row.add(last == null ? "" : last.rule().label());
                row.add(spc.variation().label());
                row.add(spc.assurance().label());
                BenchmarkComparison b = r.benchmark();
                row.add(b.year() == null ? "" : b.year().toString());
                row.add(Formatting.number(b.authorityValue(), d));
                row.add(Formatting.number(b.neighbourMean(), d));
                row.add(b.published() ? b.neighbourCount() + " of " + b.neighbourTotal() : "");
                row.add(Formatting.number(b.england(), d));
                row.add(b.rank() == null ? "" : b.rank().toString());
                row.add(b.rankedCount() == null ? "" : b.rankedCount().toString());
                row.add(b.band() == null ? "" : b.band().name());
                row.add(b.vsNeighbours() == null ? "" : b.vsNeighbours().label());
                row.add(Formatting.number(b.gapNeighbours(), d));
                row.add(b.vsEngland() == null ? "" : b.vsEngland().label());
                row.add(Formatting.number(b.gapEngland(), d));
                row.add(b.note());
                row.add(r.exceptionText());
                row.add(r.commentaryMissing() ? "Yes" : "No");
                row.add(r.commentary() == null ? "" : r.commentary().text());
                row.add(r.commentary() == null ? "" : r.commentary().author());
                row.add(String.join("; ", r.dataQuality()));
                csv.printRecord(FormulaText.csvCells(row));
            }
        }
    }
}
