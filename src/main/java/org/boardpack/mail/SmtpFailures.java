package org.boardpack.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;


import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

/**
 * Tells a temporary delivery failure (retry later) from a permanent one (this address will never work) and from
 * one that stops every delivery (the server or the configuration is wrong).
 */
public final class SmtpFailures {

    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([2-5])(\\d\\d)[ -]");

    private SmtpFailures() {
    }

    public enum Kind {
        /** Connection refused, timeout, 4xx reply: retried with backoff. */
        TEMPORARY,
        /** A 5xx reply for this message or address: recorded, the other members still get theirs. */
        PERMANENT,
        /** Authentication, STARTTLS, TLS, sender rejected, output not writable: no message can go, stop trying. */
        FATAL
    }

    /**
     * @param kind        how to handle it
     * @param replyCode   the SMTP reply code when the server gave one, else 0
     * @param serverLevel true when the server (not this address) is the problem: the other members are not tried
     * @param message     one line for the operator and the delivery record
     */
    public record Failure(Kind kind, int replyCode, boolean serverLevel, String message) {
    }

    public static Failure classify(Throwable error) {
        List<Throwable> all = flatten(error);
        // a reply code is the most specific information there is
        for (Throwable t : all) {
            int code = replyCode(t);
            if (code >= 400) {
                String text = oneLine(t.getMessage());
                if (t.getClass().getSimpleName().equals("SMTPSenderFailedException")) {
                    return new Failure(code >= 500 ? Kind.FATAL : Kind.TEMPORARY, code, true,
                            "the server refused the sender address (check boardpack.mail.from): " + text);
                }
                if (code == 421) return new Failure(Kind.TEMPORARY, code, true, text);
                if (code == 530 || code == 534 || code == 535 || code == 538) {
                    return new Failure(Kind.FATAL, code, true, "the server refused to accept mail from us (authentication or TLS: check "
                            + "boardpack.mail.username, boardpack.mail.password and STARTTLS): " + text);
                }
                return new Failure(code < 500 ? Kind.TEMPORARY : Kind.PERMANENT, code, false, text);
            }
        }
        for (Throwable t : all) {
            if (t instanceof AuthenticationFailedException) {
                return new Failure(Kind.FATAL, 0, true, "the SMTP server rejected the login: check boardpack.mail.username "
                        + "and boardpack.mail.password (or BOARDPACK_MAIL_USERNAME and BOARDPACK_MAIL_PASSWORD)");
            }
            String msg = t.getMessage() == null ? "" : t.getMessage();
            if (msg.contains("STARTTLS is required")) {
                return new Failure(Kind.FATAL, 0, true, "the SMTP server does not offer STARTTLS, which is required "
                        + "(boardpack.mail.starttls-required=true); use a server with TLS, or turn the requirement off for a local test server only");
            }
            if (t instanceof SSLException) {
                return new Failure(Kind.FATAL, 0, true, "the TLS connection to the SMTP server failed: " + oneLine(msg));
            }
        }
        for (Throwable t : all) {
            if (t instanceof SocketTimeoutException) {
                return new Failure(Kind.TEMPORARY, 0, true, "the SMTP server did not answer in time ("
                        + oneLine(t.getMessage()) + ")");
            }
            if (t instanceof ConnectException || t.getClass().getSimpleName().equals("MailConnectException")) {
                return new Failure(Kind.TEMPORARY, 0, true, "cannot connect to the SMTP server (" + oneLine(t.getMessage()) + ")");
            }
            if (t instanceof UnknownHostException) {
                return new Failure(Kind.TEMPORARY, 0, true, "the SMTP server's name does not resolve (" + oneLine(t.getMessage()) + ")");
            }
            if (t instanceof NoRouteToHostException || t instanceof SocketException) {
                return new Failure(Kind.TEMPORARY, 0, true, "the connection to the SMTP server failed (" + oneLine(t.getMessage()) + ")");
            }
        }
        for (Throwable t : all) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return new Failure(Kind.FATAL, 0, true, "cannot write the message (" + oneLine(t.getMessage()) + ")");
            }
        }
        for (Throwable t : all) {
            if (t instanceof MessagingException) {
                return new Failure(Kind.TEMPORARY, 0, false, oneLine(t.getMessage()));
            }
        }
        return new Failure(Kind.PERMANENT, 0, false, oneLine(error.getClass().getSimpleName() + ": " + error.getMessage()));
    }

    /** The exception, its causes and the exceptions nested in MessagingException. */
    static List<Throwable> flatten(Throwable error) {
        List<Throwable> out = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(error);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) continue;
            out.add(t);
            if (t instanceof MessagingException me && me.getNextException() != null) todo.add(me.getNextException());
            if (t.getCause() != null) todo.add(t.getCause());
        }
        return out;
    }

    /** The SMTP reply code carried by Angus Mail's SMTP exceptions (getReturnCode), or at the start of the message. */
    static int replyCode(Throwable t) {
        try {
            Method m = t.getClass().getMethod("getReturnCode");
            Object v = m.invoke(t);
            if (v instanceof Integer i && i > 0) return i;
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            // not an SMTP exception
        }
        if (t instanceof MessagingException && t.getMessage() != null) {
            Matcher m = REPLY_CODE.matcher(t.getMessage());
            if (m.find()) return Integer.parseInt(m.group(1) + m.group(2));
        }
        return 0;
    }

    static String oneLine(String s) {
        if (s == null) return "";
        String line = s.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() > 500 ? line.substring(0, 499) + "…" : line;
    }
}
