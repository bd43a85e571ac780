package org.boardpack.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.boardpack.output.OutputLayout;

/** Writes one output file from the pack model's view ({@code pack.view.PackView}): writers lay it out and compute nothing. */
public interface PackWriter {

    /** Short name used for the job step and in logs, e.g. "excel". */
    String name();

    Path target(OutputLayout layout);

    /** Whether this pack has anything for this writer (e.g. no tracker without recommendations). */
    default boolean appliesTo(PackModel pack) {
        return true;
    }

    void write(PackModel pack, OutputStream out) throws IOException;
}
