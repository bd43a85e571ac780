package org.boardpack.settings;

import java.time.Clock;
import java.time.ZoneId;

import org.boardpack.mail.MailSettings;
import org.boardpack.output.AtomicFiles;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@link BoardPackSettings} and provides the clock every produced date comes from. */
@Configuration
@EnableConfigurationProperties(BoardPackSettings.class)
public class SettingsConfiguration {

    /** Dates in the packs are UK local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Bean
    public Clock clock(BoardPackSettings settings) {
        return settings.fixedTime() == null ? Clock.system(ZONE) : Clock.fixed(settings.fixedTime(), ZONE);
    }

    /** Every file written under the output folder gets boardpack.output.file-mode. */
    @Bean
    public FileMode outputFileMode(BoardPackSettings settings) {
        FileMode mode = settings.output().fileMode();
        AtomicFiles.useFileMode(mode.permissions());
        return mode;
    }

    @Bean
    public MailSettings mailSettings(BoardPackSettings settings) {
        return settings.mail();
    }
}
