package org.boardpack.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.boardpack.output.OutputLayout;

/** The pack files as written by the job, read once so every member gets byte-identical attachments. */
public final class PackFiles {

    /** One pack file and its content. */
    public record PackFile(PackFormat format, Path path, byte[] content) {

        public String fileName() {
            return path.getFileName().toString();
        }

        public long size() {
            return content.length;
        }
    }

    private final OutputLayout layout;
    private final Map<PackFormat, PackFile> files;

    private PackFiles(OutputLayout layout, Map<PackFormat, PackFile> files) {
        this.layout = layout;
        this.files = files;
    }

    public static Path pathOf(OutputLayout layout, PackFormat format) {
        return switch (format) {
            case PDF -> layout.pdfPack();
            case XLSX -> layout.excelPack();
            case HTML -> layout.htmlPack();
        };
    }

    /**
     * Reads the files for the given formats.
     *
     * @throws IllegalStateException naming the missing file when one has not been written
     */
    public static PackFiles load(OutputLayout layout, Collection<PackFormat> formats) {
        Map<PackFormat, PackFile> files = new EnumMap<>(PackFormat.class);
        for (PackFormat f : formats) {
            if (files.containsKey(f)) continue;
            Path p = pathOf(layout, f);
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("The " + f.label() + " pack " + p + " is missing, so it cannot be emailed; "
                        + "the step that writes it must complete before the packs are distributed");
            }
            try {
                files.put(f, new PackFile(f, p, Files.readAllBytes(p)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the pack " + p + ": " + e.getMessage(), e);
            }
        }
        return new PackFiles(layout, files);
    }

    public OutputLayout layout() {
        return layout;
    }

    public PackFile get(PackFormat format) {
        PackFile f = files.get(format);
        if (f == null) throw new IllegalArgumentException("The " + format.label() + " pack was not loaded");
        return f;
    }

    /** Bytes of a file once base64-encoded for email, with the line breaks every 76 characters. */
    public static long encodedSize(long rawSize) {
        long b64 = 4 * ((rawSize + 2) / 3);
        return b64 + 2 * ((b64 + 75) / 76);
    }
}
