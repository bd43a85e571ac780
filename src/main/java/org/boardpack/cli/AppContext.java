package org.boardpack.cli;

import java.util.List;

import org.boardpack.BoardPackApplication;
import org.boardpack.batch.GracefulStop;
import org.boardpack.settings.BoardPackSettings;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring context (settings, job repository, store, job) for the commands. */
final class AppContext {

    private static volatile String[] commandLineProperties = new String[0];

    private AppContext() {
    }

    /** The {@code --name=value} arguments, passed to Spring's environment as in any Spring Boot application. */
    static void useCommandLineProperties(List<String> args) {
        commandLineProperties = args.toArray(String[]::new);
    }

    /** Lets the SIGTERM handling, installed before the context started, stop an execution in this context. */
    static void attach(GracefulStop stop, ConfigurableApplicationContext ctx) {
        stop.attach(ctx.getBean(JobOperator.class), ctx.getBean(JobRepository.class));
    }

    static BoardPackSettings settings(ConfigurableApplicationContext ctx) {
        return ctx.getBean(BoardPackSettings.class);
    }

    static ConfigurableApplicationContext open() {
        try {
            return new SpringApplicationBuilder(BoardPackApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .run(commandLineProperties);
        } catch (RuntimeException e) {
            throw new UserError(ExitCodes.CONFIGURATION, configurationMessage(e));
        }
    }

    /** Names the setting at fault when there is one (a value of the wrong type, outside its vocabulary). */
    static String configurationMessage(Throwable e) {
        Throwable root = e;
        BindException bind = null;
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof BindException b) bind = b;
            root = c;
        }
        String rootMessage = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (bind != null) {
            var property = bind.getProperty();
            String setting = property == null ? bind.getName().toString()
                    : property.getName() + "=" + property.getValue();
            String where = property == null || property.getOrigin() == null ? "" : " (from " + property.getOrigin() + ")";
            String type = bind.getTarget().getType().resolve() == null ? "its type"
                    : bind.getTarget().getType().resolve().getSimpleName();
            String detail = rootMessage.startsWith("boardpack.") ? rootMessage
                    : setting + " cannot be read as " + type + where + ": " + rootMessage;
            return "Configuration error: " + detail
                    + "\nFix it in config/application.properties, the environment or the command line (see README, Settings).";
        }
        return "Cannot start: " + rootMessage
                + "\nCheck spring.datasource.url (the job repository) and the other settings in application.properties.";
    }
}
