package org.boardpack.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import javax.sql.DataSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Creates the application's tables when the application starts, from every {@code db/*.sql} script in name
 * order. The scripts use CREATE TABLE IF NOT EXISTS and portable types, so this is safe on every start and on
 * H2 and PostgreSQL alike.
 */
@Component
public class StoreSchema {

    public StoreSchema(DataSource dataSource) {
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/*.sql");
            Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
            new ResourceDatabasePopulator(scripts).execute(dataSource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database scripts", e);
        }
    }
}
