package org.boardpack.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an .xlsx is one) with every entry dated the same instant, in the same order with the same content,
 * so that the same workbook written twice gives the same bytes. POI dates each entry with the moment it was saved.
 */
public final class ReproducibleZip {

    /** The earliest time a zip entry can carry (MS-DOS dates start in 1980), for when there is no produced time. */
    private static final Instant DOS_EPOCH = Instant.parse("1980-01-01T00:00:00Z");

    private ReproducibleZip() {
    }

    public static byte[] withFixedTimes(byte[] zip, Instant time) throws IOException {
        FileTime when = FileTime.from(time == null || time.isBefore(DOS_EPOCH) ? DOS_EPOCH : time);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(buffer)) {
            out.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setLastModifiedTime(when);
                copy.setMethod(ZipEntry.DEFLATED);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return buffer.toByteArray();
    }
}
