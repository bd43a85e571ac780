package org.boardpack.store;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/** Creates the application's tables (idempotent) when the application starts. */
@Component
public class StoreSchema {

    public StoreSchema(DataSource dataSource) {
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ClassPathResource("boardpack-schema.sql"));
        populator.execute(dataSource);
    }
}
