package org.boardpack.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.boardpack.cli.ExitCodes;
import org.boardpack.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** boardpack.mail.data-timeout and deadline are checked with every other setting: exit 9 naming the setting. */
class MailDurationSettingsTest {

    @TempDir
    Path work;

    @Test
    void aDeadlineNotLongerThanTheDataTimeoutIsAConfigurationErrorNamingBoth() {
        Cli.Result r = Cli.run(work.resolve("data"), "status", "--boardpack.mail.deadline=5m");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(r.all()).contains("boardpack.mail.deadline=PT5M must be longer than boardpack.mail.data-timeout=PT10M");
    }

    @Test
    void aZeroDataTimeoutIsAConfigurationErrorNamingIt() {
        Cli.Result r = Cli.run(work.resolve("data"), "status", "--boardpack.mail.data-timeout=0s");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(r.all()).contains("boardpack.mail.data-timeout=PT0S must be a positive duration");
    }
}
