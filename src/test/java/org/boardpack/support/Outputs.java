package org.boardpack.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The editions ({@code boardpack.outputs}) the runs of a test class (or one test method) write through {@link Cli}:
 * a job test names only the editions it reads back, so it does not pay for the others (the accessible PDF alone
 * costs seconds a run). The setting is a system property for the duration of the class or method, then restored.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(Outputs.Setting.class)
public @interface Outputs {

    /** e.g. "xlsx,pdf"; the codes of {@code org.boardpack.settings.PackOutput}. */
    String value();

    /** Sets and restores the system property; a method's annotation overrides its class's. */
    final class Setting implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

        static final String PROPERTY = "boardpack.outputs";
        private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Setting.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getTestClass().map(c -> c.getAnnotation(Outputs.class)).ifPresent(o -> set(context, o));
        }

        @Override
        public void afterAll(ExtensionContext context) {
            restore(context);
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            context.getTestMethod().map(m -> m.getAnnotation(Outputs.class)).ifPresent(o -> set(context, o));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            restore(context);
        }

        private static void set(ExtensionContext context, Outputs outputs) {
            context.getStore(NS).put(PROPERTY, Optional.ofNullable(System.getProperty(PROPERTY)));
            System.setProperty(PROPERTY, outputs.value());
        }

        @SuppressWarnings("unchecked")
        private static void restore(ExtensionContext context) {
            Optional<String> before = (Optional<String>) context.getStore(NS).remove(PROPERTY);
            if (before == null) return;
            if (before.isPresent()) System.setProperty(PROPERTY, before.get());
            else System.clearProperty(PROPERTY);
        }
    }
}
