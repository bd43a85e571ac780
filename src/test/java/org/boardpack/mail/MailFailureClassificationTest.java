package org.boardpack.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import org.junit.jupiter.api.Test;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

class MailFailureClassificationTest {

    /** Stands for Angus Mail's SMTPAddressFailedException (a runtime dependency only): it has getReturnCode(). */
    static class AddressFailed extends SendFailedException {
        private final int code;

        AddressFailed(int code, String message) {
            super(message);
            this.code = code;
        }

        public int getReturnCode() {
            return code;
        }
    }

    /** As Angus Mail's SMTPTransport.sendMessage reports a failed message: the cause nested as the next exception. */
    private static MessagingException failedMessage(Exception e) {
        return new MessagingException("Exception while sending", e);
    }

    @Test
    void replyCodesDecide() {
        SendFailedException invalid = new SendFailedException("Invalid Addresses",
                new AddressFailed(550, "550 5.1.1 <x@bedford.example.org>: Recipient address rejected"));
        var permanent = SmtpFailures.classify(failedMessage(invalid));
        assertThat(permanent.kind()).isEqualTo(SmtpFailures.Kind.PERMANENT);
        assertThat(permanent.replyCode()).isEqualTo(550);
        assertThat(permanent.serverLevel()).isFalse();
        assertThat(permanent.message()).startsWith("550 5.1.1 <x@bedford.example.org>");

        var greylisted = SmtpFailures.classify(failedMessage(new AddressFailed(451, "451 4.7.1 try again later")));
        assertThat(greylisted.kind()).isEqualTo(SmtpFailures.Kind.TEMPORARY);
        assertThat(greylisted.serverLevel()).isFalse();

        var busy = SmtpFailures.classify(new MessagingException("421 4.3.2 Service not available, closing channel"));
        assertThat(busy.kind()).isEqualTo(SmtpFailures.Kind.TEMPORARY);
        assertThat(busy.serverLevel()).isTrue();

        var authRequired = SmtpFailures.classify(new MessagingException("530 5.7.0 Must issue a STARTTLS command first"));
        assertThat(authRequired.kind()).isEqualTo(SmtpFailures.Kind.FATAL);
    }

    @Test
    void connectionProblemsAreTemporaryAndServerWide() {
        var refused = SmtpFailures.classify(new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));
        assertThat(refused.kind()).isEqualTo(SmtpFailures.Kind.TEMPORARY);
        assertThat(refused.serverLevel()).isTrue();

        var readTimeout = SmtpFailures.classify(failedMessage(new MessagingException("Exception reading response",
                new SocketTimeoutException("Read timed out"))));
        assertThat(readTimeout.kind()).isEqualTo(SmtpFailures.Kind.TEMPORARY); // before the content went over: retried
        assertThat(readTimeout.serverLevel()).isTrue();
    }

    @Test
    void loginAndTlsProblemsStopEverything() {
        var login = SmtpFailures.classify(new AuthenticationFailedException("bad credentials"));
        assertThat(login.kind()).isEqualTo(SmtpFailures.Kind.FATAL);
        var tls = SmtpFailures.classify(new MessagingException("STARTTLS is required but host does not support STARTTLS"));
        assertThat(tls.kind()).isEqualTo(SmtpFailures.Kind.FATAL);
        assertThat(tls.message()).contains("starttls-required");
        var disk = SmtpFailures.classify(new java.io.IOException("No space left on device"));
        assertThat(disk.kind()).isEqualTo(SmtpFailures.Kind.FATAL);
    }
}
