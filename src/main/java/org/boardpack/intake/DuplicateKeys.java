package org.boardpack.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.boardpack.indicators.Figure;
import org.boardpack.input.Problems;
import org.boardpack.input.ScorecardRow;

import java.time.YearMonth;

/**
 * Finds a second figure for the same issue month, indicator, period and team across a month's files, in bounded
 * memory: a million team rows are held as two arrays of longs (a 64-bit hash of the key, and the file and line
 * where it was first seen) rather than a million strings. Rows of a file later refused as a whole do not count.
 */
final class DuplicateKeys {

    private static final long EMPTY = 0;
    private long[] hashes = new long[1 << 12];
    private long[] places = new long[1 << 12];
    private int size;
    private final List<String> fileNames = new ArrayList<>();
    private final BitSet refused = new BitSet();

    /** The index of a file, for {@link #check}. */
    int file(String shown) {
        fileNames.add(shown);
        return fileNames.size() - 1;
    }

    /** Rows of this file no longer count as seen (the file was refused as a whole). */
    void refuse(int fileIndex) {
        refused.set(fileIndex);
    }

    /** @return the row, or null (with the error reported) when the same figure was seen earlier */
    ScorecardRow check(int fileIndex, YearMonth issue, ScorecardRow r, Problems problems) {
        Figure f = r.figure();
        long hash = hash(issue + "|" + f.indicatorId() + "|" + f.period() + "|" + f.team());
        long place = ((long) fileIndex << 32) | (r.line() & 0xFFFFFFFFL);
        int slot = slot(hash);
        if (hashes[slot] == hash && !refused.get((int) (places[slot] >>> 32))) {
            long earlier = places[slot];
            problems.error(r.file(), r.line(), "indicator_id",
                    "duplicate figure for " + f.indicatorId() + ", " + f.period()
                            + (f.isAuthority() ? "" : ", team " + f.team()) + " (also at "
                            + fileNames.get((int) (earlier >>> 32)) + ":" + (earlier & 0xFFFFFFFFL) + ")",
                    "keep one row per indicator, period and team in a month's files");
            return null;
        }
        if (hashes[slot] != hash) size++;
        hashes[slot] = hash;
        places[slot] = place;
        if (size * 2 > hashes.length) grow();
        return r;
    }

    private int slot(long hash) {
        int mask = hashes.length - 1;
        int i = (int) (hash ^ (hash >>> 32)) & mask;
        while (hashes[i] != EMPTY && hashes[i] != hash) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldPlaces = places;
        hashes = new long[oldHashes.length * 2];
        places = new long[oldPlaces.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] == EMPTY) continue;
            int s = slot(oldHashes[i]);
            hashes[s] = oldHashes[i];
            places[s] = oldPlaces[i];
        }
    }

    /** FNV-1a over the key's UTF-8 bytes; 0 is reserved for an empty slot. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return h == EMPTY ? 1 : h;
    }
}
