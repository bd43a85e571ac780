package org.boardpack.intake;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.boardpack.input.Problems;

/**
 * Parse results shared by the runs of one process ({@code run --all-boards}, and a run's later steps), keyed by the
 * SHA-256 of the bytes parsed and everything else the parse depends on. Only a parse that found no problem at all
 * is kept, so a result taken from here is exactly what parsing the same bytes again would give, and a run that
 * restarts in a new process parses its own snapshot again. Entries are soft references (the heap may take them
 * back) and few (the last {@value #MAX}).
 */
final class ParseCache {

    private static final int MAX = 8;
    private static final Map<String, SoftReference<Object>> ENTRIES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SoftReference<Object>> eldest) {
            return size() > MAX;
        }
    };
    private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();

    private ParseCache() {
    }

    /**
     * The key for a parse of these files (a missing file counts as such) with the other things it depends on.
     * Null when a file cannot be read: then nothing is cached and the reader reports the problem.
     */
    static String key(String kind, List<Path> files, Object... others) {
        StringBuilder key = new StringBuilder(kind);
        for (Path f : files) {
            try {
                key.append('|').append(Files.isRegularFile(f) ? InputSnapshot.sha256(f) : "-");
            } catch (IOException e) {
                return null;
            }
        }
        for (Object o : others) key.append('|').append(o);
        return key.toString();
    }

    /**
     * The value parsed before under the key, or {@code parse} run now (into {@code problems}); two runs asking for
     * the same key at once parse it once.
     */
    @SuppressWarnings("unchecked")
    static <T> T get(String key, Problems problems, Function<Problems, T> parse) {
        if (key == null) return parse.apply(problems);
        synchronized (LOCKS.computeIfAbsent(key, k -> new Object())) {
            Object held;
            synchronized (ENTRIES) {
                SoftReference<Object> ref = ENTRIES.get(key);
                held = ref == null ? null : ref.get();
            }
            if (held != null) return (T) held;
            Problems fresh = new Problems();
            T value = parse.apply(fresh);
            if (value != null && fresh.isEmpty() && fresh.lostFiles().isEmpty()) {
                synchronized (ENTRIES) {
                    ENTRIES.put(key, new SoftReference<>(value));
                }
            }
            problems.addAll(fresh);
            return value;
        }
    }
}
