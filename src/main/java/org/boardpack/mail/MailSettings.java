package org.boardpack.mail;

import java.time.Duration;
import java.util.Locale;

/**
 * The {@code boardpack.mail.*} settings (documented in docs/mail.md), bound as part of
 * {@code org.boardpack.settings.BoardPackSettings}. The password is never logged: it is left
 * out of {@link #toString()}.
 */
public class MailSettings {

    /** smtp, files, or blank/auto: smtp when a host is configured, otherwise files. */
    private String mode = "auto";
    private String host = "";
    private int port = 587;
    private String username = "";
    private String password = "";
    /** The sender, e.g. "Performance and Intelligence <performance@bedford.example.org>". */
    private String from = "";
    /** Optional Reply-To address. */
    private String replyTo = "";
    /** STARTTLS required before anything is sent; turn off only for a local test server. */
    private boolean starttlsRequired = true;
    private Duration connectionTimeout = Duration.ofSeconds(20);
    /** How long to wait for each server reply or write, except the reply to the end of the message. */
    private Duration timeout = Duration.ofSeconds(60);
    /** How long to wait for the server's reply to the end of the message: RFC 5321 section 4.5.3.2.6 says 10 minutes. */
    private Duration dataTimeout = Duration.ofMinutes(10);
    /** The longest one SMTP conversation (connect to QUIT) may take, however the server trickles its replies. */
    private Duration deadline = Duration.ofMinutes(15);
    /** Where the packs can be fetched when too large to attach, e.g. https://intranet.example.org/boardpacks. */
    private String linkBase = "";
    /** The largest message, once encoded for email (base64 is about 4/3 of the file size), in megabytes. */
    private double maxSizeMb = 10;
    /** The domain part of the deterministic Message-ID; blank = the domain of the from address. */
    private String messageIdDomain = "";
    private final Retry retry = new Retry();

    /** Retries of temporary SMTP failures (connection refused, timeout, 4xx replies). */
    public static class Retry {
        /** Attempts per message, the first included. */
        private int attempts = 4;
        private Duration initialDelay = Duration.ofSeconds(5);
        private double multiplier = 3;
        private Duration maxDelay = Duration.ofMinutes(2);

        public int getAttempts() {
            return attempts;
        }

        public void setAttempts(int attempts) {
            this.attempts = attempts;
        }

        public Duration getInitialDelay() {
            return initialDelay;
        }

        public void setInitialDelay(Duration initialDelay) {
            this.initialDelay = initialDelay;
        }

        public double getMultiplier() {
            return multiplier;
        }

        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }

        public Duration getMaxDelay() {
            return maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        /** The pause before attempt {@code next} (2 for the first retry). */
        public Duration delayBefore(int next) {
            double ms = initialDelay.toMillis() * Math.pow(Math.max(1, multiplier), Math.max(0, next - 2));
            return Duration.ofMillis((long) Math.min(ms, maxDelay.toMillis()));
        }
    }

    /** The mode in force: an explicit smtp or files, else smtp exactly when a host is configured. */
    public MailMode effectiveMode() {
        String m = mode == null ? "" : mode.strip().toLowerCase(Locale.ROOT);
        return switch (m) {
            case "smtp" -> MailMode.SMTP;
            case "files", "file", "eml" -> MailMode.FILES;
            case "", "auto" -> hasHost() ? MailMode.SMTP : MailMode.FILES;
            default -> throw new IllegalStateException("boardpack.mail.mode=" + mode
                    + " is not a mode: use smtp, files, or auto (smtp when boardpack.mail.host is set)");
        };
    }

    public boolean hasHost() {
        return host != null && !host.isBlank();
    }

    public long maxSizeBytes() {
        return (long) (maxSizeMb * 1024 * 1024);
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo;
    }

    public boolean isStarttlsRequired() {
        return starttlsRequired;
    }

    public void setStarttlsRequired(boolean starttlsRequired) {
        this.starttlsRequired = starttlsRequired;
    }

    public Duration getConnectionTimeout() {
        return connectionTimeout;
    }

    public void setConnectionTimeout(Duration connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration getDataTimeout() {
        return dataTimeout;
    }

    public void setDataTimeout(Duration dataTimeout) {
        this.dataTimeout = dataTimeout;
    }

    public Duration getDeadline() {
        return deadline;
    }

    public void setDeadline(Duration deadline) {
        this.deadline = deadline;
    }

    public String getLinkBase() {
        return linkBase;
    }

    public void setLinkBase(String linkBase) {
        this.linkBase = linkBase;
    }

    public double getMaxSizeMb() {
        return maxSizeMb;
    }

    public void setMaxSizeMb(double maxSizeMb) {
        this.maxSizeMb = maxSizeMb;
    }

    public String getMessageIdDomain() {
        return messageIdDomain;
    }

    public void setMessageIdDomain(String messageIdDomain) {
        this.messageIdDomain = messageIdDomain;
    }

    public Retry getRetry() {
        return retry;
    }

    @Override
    public String toString() {
        return "MailSettings[mode=" + mode + ", host=" + host + ", port=" + port + ", username="
                + (username == null || username.isEmpty() ? "" : "(set)") + ", password="
                + (password == null || password.isEmpty() ? "" : "(set)") + ", from=" + from
                + ", starttlsRequired=" + starttlsRequired + ", linkBase=" + linkBase + ", maxSizeMb=" + maxSizeMb
                + ", messageIdDomain=" + messageIdDomain + ", retry.attempts=" + retry.attempts + "]";
    }
}
