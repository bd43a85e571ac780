package org.boardpack.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.boardpack.BoardPackApplication;
import org.boardpack.batch.GracefulStop;
import org.boardpack.settings.BoardPackSettings;
import org.boardpack.store.DataFolderFault;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
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
        return open(false);
    }

    /**
     * For a command that only reads the job repository (status): when the H2 data folder cannot be written, the
     * database is opened read-only ({@link #openedReadOnly}) instead of failing.
     */
    static ConfigurableApplicationContext openForReading() {
        return open(true);
    }

    /** Whether the last {@link #openForReading} opened a read-only data folder. */
    static boolean openedReadOnly() {
        return openedReadOnly;
    }

    private static volatile boolean openedReadOnly;

    private static ConfigurableApplicationContext open(boolean readOnlyAllowed) {
        openedReadOnly = false;
        try {
            SpringApplicationBuilder builder = new SpringApplicationBuilder(BoardPackApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false);
            if (readOnlyAllowed) {
                builder.listeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event ->
                        openedReadOnly = ReadOnlyDataFolder.applyIfUnwritable(event.getEnvironment()));
            }
            return builder.run(commandLineProperties);
        } catch (RuntimeException e) {
            throw new UserError(ExitCodes.CONFIGURATION, configurationMessage(e));
        }
    }

    /**
     * The data folder as configured, for messages when the context could not start: the command line, a system
     * property or the environment, else the default.
     */
    static Path dataDir() {
        for (String a : commandLineProperties) {
            if (a.startsWith("--boardpack.data-dir=")) return Path.of(a.substring("--boardpack.data-dir=".length()));
        }
        String configured = System.getProperty("boardpack.data-dir", System.getenv("BOARDPACK_DATA_DIR"));
        return Path.of(configured == null || configured.isBlank() ? "data" : configured);
    }

    /** The data folder's fault behind a failure (disk full, read-only, damaged), if that is what it is. */
    static Optional<DataFolderFault> dataFolderFault(Throwable e) {
        return DataFolderFault.of(e, dataDir());
    }

    /** Names the setting at fault when there is one (a value of the wrong type, outside its vocabulary). */
    static String configurationMessage(Throwable e) {
        Optional<DataFolderFault> fault = dataFolderFault(e);
        if (fault.isPresent()) return fault.get().message();
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
