package org.boardpack.support;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/** Creates the application's tables in a test database the way the application does: the Flyway migrations. */
public final class Schema {

    private Schema() {
    }

    public static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }
}
