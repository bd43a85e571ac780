package org.boardpack.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.boardpack.BoardPackApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The mail beans in the application context, with the properties bound from boardpack.mail.*. */
@SpringBootTest(classes = BoardPackApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:mailcontext;DB_CLOSE_DELAY=-1",
        "boardpack.mail.host=smtp.bedford.example.org",
        "boardpack.mail.port=2525",
        "boardpack.mail.from=Performance and Intelligence <performance@bedford.example.org>",
        "boardpack.mail.max-size-mb=7.5",
        "boardpack.mail.link-base=https://intranet.bedford.example.org/boardpacks",
        "boardpack.mail.starttls-required=false",
        "boardpack.mail.message-id-domain=boardpack.bedford.example.org",
        "boardpack.mail.retry.attempts=6",
        "boardpack.mail.retry.initial-delay=250ms"})
class MailContextTest {

    @Autowired
    MailSettings settings;

    @Autowired
    PackDistributor distributor;

    @Autowired
    DeliveryStore store;

    @Test
    void bindsTheSettingsAndCreatesTheSchemaAndServices() {
        assertThat(distributor).isNotNull();
        assertThat(settings.effectiveMode()).isEqualTo(MailMode.SMTP);
        assertThat(settings.getPort()).isEqualTo(2525);
        assertThat(settings.getMaxSizeMb()).isEqualTo(7.5);
        assertThat(settings.getLinkBase()).isEqualTo("https://intranet.bedford.example.org/boardpacks");
        assertThat(settings.isStarttlsRequired()).isFalse();
        assertThat(MessageIds.domainFor(settings)).isEqualTo("boardpack.bedford.example.org");
        assertThat(settings.getRetry().getAttempts()).isEqualTo(6);
        assertThat(settings.getRetry().getInitialDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(store.list(null, null)).isEmpty(); // bp_delivery exists
    }
}
