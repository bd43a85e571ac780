package org.boardpack.mail;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the {@code boardpack.mail.*} properties (environment variables BOARDPACK_MAIL_* too). */
@Configuration
@EnableConfigurationProperties(MailSettings.class)
public class MailConfiguration {
}
