package org.boardpack.mail;

import java.util.Locale;

/** How the packs are delivered: by SMTP, or written as .eml files (no server needed). */
public enum MailMode {
    SMTP, FILES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
