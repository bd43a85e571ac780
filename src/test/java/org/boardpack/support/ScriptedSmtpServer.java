package org.boardpack.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A small SMTP server on a ServerSocket that misbehaves the way real relays do, for the mail fault tests: it queues
 * every message it receives whole (the final "." line) and then answers the end of the message late, never, a line
 * a second, or by dropping the connection; or it trickles or withholds its greeting. Speaks enough ESMTP for
 * Angus Mail (EHLO without STARTTLS, MAIL, RCPT, DATA, RSET, NOOP, QUIT).
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    /** How the server answers. */
    public enum Behaviour {
        NORMAL,
        /** Queues the message, answers the end of DATA after {@link #slowReply(Duration)}. */
        SLOW_DATA_REPLY,
        /** Queues the message, then sends "250-" continuation lines a second apart, never the last line. */
        TRICKLE_DATA_REPLY,
        /** Queues the message and never answers. */
        HANG_DATA_REPLY,
        /** Queues the message and closes the connection without answering. */
        DROP_AFTER_DATA,
        /** Greeting: "220-" continuation lines a second apart, never the last line. */
        TRICKLE_GREETING,
        /** Greeting: never sent. */
        HANG_GREETING
    }

    /** One message the server queued: the envelope and the raw content. */
    public record Received(String from, List<String> to, byte[] content) {

        public MimeMessage mime() throws Exception {
            return new MimeMessage(Session.getInstance(new java.util.Properties()), new ByteArrayInputStream(content));
        }

        public String messageId() throws Exception {
            return mime().getMessageID();
        }
    }

    private final ServerSocket server;
    private final List<Received> queued = new CopyOnWriteArrayList<>();
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final Map<String, Behaviour> onData = new ConcurrentHashMap<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile Behaviour greeting = Behaviour.NORMAL;
    private volatile Behaviour dataForAll = Behaviour.NORMAL;
    private volatile Duration slowReply = Duration.ofSeconds(3);

    private ScriptedSmtpServer(ServerSocket server) {
        this.server = server;
        Thread accept = new Thread(this::acceptLoop, "scripted-smtp-" + server.getLocalPort());
        accept.setDaemon(true);
        accept.start();
    }

    public static ScriptedSmtpServer start() throws IOException {
        return new ScriptedSmtpServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    }

    public int port() {
        return server.getLocalPort();
    }

    /** How the end of DATA is answered for messages whose (first) recipient is this address. */
    public ScriptedSmtpServer onData(String recipient, Behaviour behaviour) {
        onData.put(recipient.toLowerCase(Locale.ROOT), behaviour);
        return this;
    }

    public ScriptedSmtpServer onDataForAll(Behaviour behaviour) {
        dataForAll = behaviour;
        return this;
    }

    public ScriptedSmtpServer greeting(Behaviour behaviour) {
        greeting = behaviour;
        return this;
    }

    public ScriptedSmtpServer slowReply(Duration delay) {
        slowReply = delay;
        return this;
    }

    /** Back to answering everything at once. */
    public void behaveNormally() {
        onData.clear();
        dataForAll = Behaviour.NORMAL;
        greeting = Behaviour.NORMAL;
    }

    public List<Received> queued() {
        return List.copyOf(queued);
    }

    public List<Received> queuedFor(String recipient) {
        return queued.stream().filter(r -> r.to().contains(recipient.toLowerCase(Locale.ROOT))).toList();
    }

    public int connections() {
        return connections.get();
    }

    /** Waits until a client is held waiting (a withheld or trickled greeting or reply). */
    public boolean awaitWaiting(long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (waiting.get() > 0) return true;
            Thread.sleep(20);
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : clients) s.close();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                clients.add(s);
                connections.incrementAndGet();
                Thread t = new Thread(() -> converse(s), "scripted-smtp-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void converse(Socket socket) {
        try (socket; InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            Behaviour g = greeting;
            if (g == Behaviour.HANG_GREETING) {
                hold(in);
                return;
            }
            if (g == Behaviour.TRICKLE_GREETING) {
                trickle(out, "220-scripted ESMTP, please wait");
                return;
            }
            send(out, "220 scripted ESMTP ready");
            String from = null;
            List<String> to = new ArrayList<>();
            while (true) {
                String line = readLine(in);
                if (line == null) return;
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO")) {
                    send(out, "250-scripted\r\n250-8BITMIME\r\n250 SIZE 52428800");
                } else if (upper.startsWith("HELO")) {
                    send(out, "250 scripted");
                } else if (upper.startsWith("MAIL FROM:")) {
                    from = address(line);
                    to.clear();
                    send(out, "250 2.1.0 OK");
                } else if (upper.startsWith("RCPT TO:")) {
                    to.add(address(line).toLowerCase(Locale.ROOT));
                    send(out, "250 2.1.5 OK");
                } else if (upper.equals("DATA")) {
                    send(out, "354 End data with <CR><LF>.<CR><LF>");
                    byte[] content = readData(in);
                    if (content == null) return; // the client went away before the end: nothing is queued
                    queued.add(new Received(from, List.copyOf(to), content));
                    Behaviour b = to.isEmpty() ? dataForAll : onData.getOrDefault(to.get(0), dataForAll);
                    switch (b) {
                        case SLOW_DATA_REPLY -> {
                            waiting.incrementAndGet();
                            try {
                                Thread.sleep(slowReply.toMillis());
                            } finally {
                                waiting.decrementAndGet();
                            }
                            send(out, "250 2.0.0 OK queued (late)");
                        }
                        case TRICKLE_DATA_REPLY -> {
                            trickle(out, "250-still checking the message");
                            return;
                        }
                        case HANG_DATA_REPLY -> {
                            hold(in);
                            return;
                        }
                        case DROP_AFTER_DATA -> {
                            return;
                        }
                        default -> send(out, "250 2.0.0 OK queued");
                    }
                } else if (upper.equals("RSET") || upper.equals("NOOP")) {
                    send(out, "250 2.0.0 OK");
                } else if (upper.equals("QUIT")) {
                    send(out, "221 2.0.0 Bye");
                    return;
                } else {
                    send(out, "502 5.5.2 Command not recognised");
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client closed the connection
        } finally {
            clients.remove(socket);
        }
    }

    /** Holds the client: reads until it closes the connection. */
    private void hold(InputStream in) throws IOException {
        waiting.incrementAndGet();
        try {
            while (in.read() >= 0) {
                // discard
            }
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** One continuation line a second, never the last line, until the client closes the connection. */
    private void trickle(OutputStream out, String line) throws IOException, InterruptedException {
        waiting.incrementAndGet();
        try {
            while (true) {
                send(out, line);
                Thread.sleep(1000);
            }
        } finally {
            waiting.decrementAndGet();
        }
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String address(String line) {
        int lt = line.indexOf('<');
        int gt = line.indexOf('>', lt + 1);
        return lt >= 0 && gt > lt ? line.substring(lt + 1, gt) : line.substring(line.indexOf(':') + 1).strip();
    }

    private static String readLine(InputStream in) throws IOException {
        byte[] raw = readRawLine(in);
        return raw == null ? null : new String(raw, StandardCharsets.UTF_8).strip();
    }

    /** One line without its CRLF, or null at the end of the stream. */
    private static byte[] readRawLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                byte[] b = line.toByteArray();
                int n = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
                return java.util.Arrays.copyOf(b, n);
            }
            line.write(c);
        }
        return null;
    }

    /** The message up to the "." line, dot-unstuffed, with CRLF line ends; null when the client left before it. */
    private static byte[] readData(InputStream in) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        while (true) {
            byte[] line = readRawLine(in);
            if (line == null) return null;
            if (line.length == 1 && line[0] == '.') return content.toByteArray();
            int from = line.length > 0 && line[0] == '.' ? 1 : 0;
            content.write(line, from, line.length - from);
            content.write('\r');
            content.write('\n');
        }
    }
}
