package org.boardpack.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.boardpack.output.OutputLayout;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackWriter;
import org.boardpack.pack.view.PackView;
import org.boardpack.recommendations.RecommendationCsvWriter;

/** recommendations.csv: the tracker the pack view carries, for BI tools. */
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
        RecommendationCsvWriter.write(PackView.of(pack).recommendations(), out);
    }
}
