package org.boardpack.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Opens an H2 job repository whose data folder or file cannot be written read-only, so that {@code status} still
 * shows the runs: H2 refuses AUTO_SERVER on a read-only file, and the schema set-up (Flyway, Spring Batch's
 * tables) would write. Other databases, and a writable folder, are left as configured.
 */
final class ReadOnlyDataFolder {

    private static final String H2_FILE = "jdbc:h2:file:";

    private ReadOnlyDataFolder() {
    }

    /** @return whether the data folder is read-only and the environment now opens it so */
    static boolean applyIfUnwritable(ConfigurableEnvironment env) {
        String url = env.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith(H2_FILE)) return false;
        String[] parts = url.substring(H2_FILE.length()).split(";");
        Path file = Path.of(parts[0] + ".mv.db");
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.exists(file) || Files.isWritable(file) && Files.isWritable(folder)) return false;
        String options = Arrays.stream(parts).skip(1)
                .filter(o -> !o.toUpperCase().startsWith("AUTO_SERVER") && !o.toUpperCase().startsWith("ACCESS_MODE_DATA"))
                .map(o -> ";" + o).collect(Collectors.joining());
        env.getPropertySources().addFirst(new MapPropertySource("boardpack-read-only-data-folder", Map.of(
                "spring.datasource.url", H2_FILE + parts[0] + options + ";ACCESS_MODE_DATA=r",
                "spring.batch.jdbc.initialize-schema", "never",
                "spring.flyway.enabled", "false")));
        return true;
    }
}
