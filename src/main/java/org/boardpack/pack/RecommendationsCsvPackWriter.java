package org.boardpack.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.boardpack.output.OutputLayout;
import org.boardpack.recommendations.RecommendationCsvWriter;

/** recommendations.csv: the tracker from the pack model, for BI tools. */
public class RecommendationsCsvPackWriter implements PackWriter {

    @Override
    public String name() {
        return "recommendations";
    }

    @Override
    public boolean appliesTo(PackModel pack) {
        return pack.recommendations() != null;
    }

    @Override
    public Path target(OutputLayout layout) {
        return layout.recommendationsCsv();
    }

    @Override
    public void write(PackModel pack, OutputStream out) throws IOException {
        RecommendationCsvWriter.write(pack.recommendations(), out);
    }
}
