package org.boardpack.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenPDF makes the trailer's file identifier (/ID) from the time and free memory; this replaces it with the MD5 of
 * the document itself (identifier left out), so the same pack gives the same bytes. Both halves are the same, as for
 * a file never updated (ISO 32000-1, 14.4). The identifier keeps its length, so the cross-reference offsets hold.
 */
final class PdfFileId {

    private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]{32})>\\s*<([0-9a-fA-F]{32})>\\s*]");

    private PdfFileId() {
    }

    static byte[] derivedFromContent(byte[] pdf) {
        Matcher m = ID.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int first = -1;
        int second = -1;
        while (m.find()) { // the last one: the trailer's
            first = m.start(1);
            second = m.start(2);
        }
        if (first < 0) throw new IllegalStateException("The PDF has no file identifier (/ID) in its trailer");
        byte[] out = pdf.clone();
        java.util.Arrays.fill(out, first, first + 32, (byte) '0');
        java.util.Arrays.fill(out, second, second + 32, (byte) '0');
        byte[] id = HexFormat.of().withUpperCase().formatHex(md5(out)).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(id, 0, out, first, 32);
        System.arraycopy(id, 0, out, second, 32);
        return out;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No MD5 in this Java runtime", e);
        }
    }
}
