package org.boardpack.cli;

import org.boardpack.BoardPackApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring context (job repository, store, job) for the commands that need it. */
final class AppContext {

    private AppContext() {
    }

    static ConfigurableApplicationContext open() {
        try {
            return new SpringApplicationBuilder(BoardPackApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .run();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            throw new UserError(ExitCodes.CONFIGURATION, "Cannot start: " + root.getMessage()
                    + "\nCheck spring.datasource.url (the job repository) and the other settings in application.properties.");
        }
    }
}
