package org.boardpack.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Deterministic Message-IDs: the same board, period, revision and member address always give the same id, so a
 * message resent after an interrupted send is recognisably the same message.
 */
public final class MessageIds {

    public static final String FALLBACK_DOMAIN = "boardpack.localhost";

    private MessageIds() {
    }

    /** {@code <boardpack.<board>.<period>.r<revision>.<16 hex of SHA-256>@<domain>>}. */
    public static String of(String board, YearMonth period, int revision, String email, String domain) {
        String key = board + "\n" + period + "\n" + revision + "\n" + email.strip().toLowerCase(Locale.ROOT);
        String hash = HexFormat.of().formatHex(sha256(key)).substring(0, 16);
        return "<boardpack." + atom(board) + "." + period + ".r" + revision + "." + hash + "@" + domain(domain) + ">";
    }

    /** The domain to use: the configured one, else the from address's, else {@value #FALLBACK_DOMAIN}. */
    public static String domainFor(MailSettings settings) {
        if (settings.getMessageIdDomain() != null && !settings.getMessageIdDomain().isBlank()) {
            return settings.getMessageIdDomain().strip();
        }
        String from = settings.getFrom();
        if (from != null && !from.isBlank()) {
            try {
                String address = new InternetAddress(from.strip()).getAddress();
                int at = address == null ? -1 : address.lastIndexOf('@');
                if (at > 0 && at < address.length() - 1) return address.substring(at + 1);
            } catch (AddressException ignored) {
                // reported when the message is composed
            }
        }
        return FALLBACK_DOMAIN;
    }

    private static String atom(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static String domain(String d) {
        String cleaned = d == null ? "" : d.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
        return cleaned.isEmpty() ? FALLBACK_DOMAIN : cleaned;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
