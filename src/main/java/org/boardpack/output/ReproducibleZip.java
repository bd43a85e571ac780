package org.boardpack.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

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
        // read by the central directory: SXSSF writes Zip64 data descriptors, which java.util.zip.ZipInputStream misreads
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ZipOutputStream out = new ZipOutputStream(buffer)) {
            out.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setLastModifiedTime(when);
                copy.setMethod(ZipEntry.DEFLATED);
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return buffer.toByteArray();
    }
}
