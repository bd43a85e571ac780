package org.boardpack.support;

import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/** Creates the application's tables in a test database the way the application does: the Flyway migrations. */
public final class Schema {

    private Schema() {
    }

    /** As for the default authority, 822. */
    public static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").outOfOrder(true)
                .placeholders(Map.of("authority", "822")).load().migrate();
    }
}
