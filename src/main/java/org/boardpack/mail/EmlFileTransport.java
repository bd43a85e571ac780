package org.boardpack.mail;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import org.boardpack.input.InputPaths;
import org.boardpack.output.AtomicFiles;
import org.boardpack.output.OutputLayout;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Files mode: writes each message as {@code <output>/<board>/<period>/mail/<pack>-<address>.eml}, a complete
 * RFC 822 message any mail client opens, so the quick start never needs a mail server.
 */
public final class EmlFileTransport implements MailTransport {

    public static final String FOLDER = "mail";
    private final OutputLayout layout;
    private final Session session = Session.getInstance(new Properties());

    public EmlFileTransport(OutputLayout layout) {
        this.layout = layout;
    }

    public static Path folder(OutputLayout layout) {
        return layout.folder().resolve(FOLDER);
    }

    /** e.g. {@code improvement-board-2026-10-jane.smith_at_bedford.example.org.eml}. */
    public static Path fileFor(OutputLayout layout, String email) {
        String stem = layout.board() + "-" + layout.period() + (layout.revision() > 1 ? "-r" + layout.revision() : "");
        String who = email.toLowerCase(Locale.ROOT).replace("@", "_at_").replaceAll("[^a-z0-9._+-]", "_");
        return folder(layout).resolve(stem + "-" + who + ".eml");
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public String send(MimeMessage message, ComposedMessage composed, Handover handover) throws Exception {
        Path file = fileFor(layout, composed.to().email());
        AtomicFiles.write(file, out -> {
            try {
                message.writeTo(out);
            } catch (jakarta.mail.MessagingException e) {
                throw new java.io.IOException("Cannot write the message: " + e.getMessage(), e);
            }
        });
        return InputPaths.display(file);
    }

    @Override
    public String describe() {
        return "files in " + InputPaths.display(folder(layout));
    }
}
