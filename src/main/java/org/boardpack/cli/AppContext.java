package org.boardpack.cli;

import org.boardpack.BoardPackApplication;
import org.boardpack.batch.GracefulStop;
import org.boardpack.batch.RunProcessListener;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring context (job repository, store, job) for the commands that need it. */
final class AppContext {

    private AppContext() {
    }

    /** The SIGTERM handling for a run in this context. */
    static GracefulStop gracefulStop(ConfigurableApplicationContext ctx) {
        return GracefulStop.install(ctx.getBean(JobOperator.class), ctx.getBean(JobRepository.class),
                ctx.getBean(RunProcessListener.class));
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
