package org.boardpack.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.boardpack.output.OutputLayout;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.PackWriter;
import org.boardpack.pack.view.PackView;

/** Writes the HTML edition ({@code <board>-<period>.html}) from the pack view. */
public class HtmlPackWriter implements PackWriter {

    @Override
    public String name() {
        return "html";
    }

    @Override
    public Path target(OutputLayout layout) {
        return layout.htmlPack();
    }

    @Override
    public void write(PackModel pack, OutputStream out) throws IOException {
        out.write(HtmlEdition.render(PackView.of(pack)).getBytes(StandardCharsets.UTF_8));
    }
}
