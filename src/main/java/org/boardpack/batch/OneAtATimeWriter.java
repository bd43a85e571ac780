package org.boardpack.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.boardpack.output.OutputLayout;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackWriter;

/**
 * A writer whose files are written one at a time in the process, whichever board's run asks: the accessible PDF
 * (openhtmltopdf lays out the whole document, and PDFBox holds the whole file, in memory) of two large boards at
 * once does not fit in a 512 MB heap under {@code run --all-boards}, while one at a time does. The other boards'
 * steps go on meanwhile.
 */
final class OneAtATimeWriter implements PackWriter {

    private static final Object LOCK = new Object();
    private final PackWriter writer;

    OneAtATimeWriter(PackWriter writer) {
        this.writer = writer;
    }

    @Override
    public String name() {
        return writer.name();
    }

    @Override
    public Path target(OutputLayout layout) {
        return writer.target(layout);
    }

    @Override
    public boolean appliesTo(PackModel pack) {
        return writer.appliesTo(pack);
    }

    @Override
    public void write(PackModel pack, OutputStream out) throws IOException {
        synchronized (LOCK) {
            writer.write(pack, out);
        }
    }
}
