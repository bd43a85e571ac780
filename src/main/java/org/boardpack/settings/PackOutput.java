package org.boardpack.settings;

import java.util.Locale;

/** An output a run can write, as named in {@code boardpack.outputs}. */
public enum PackOutput {
    XLSX("xlsx"),
    PDF("pdf"),
    HTML("html"),
    ACCESSIBLE_PDF("accessible-pdf");

    private final String code;

    PackOutput(String code) {
        this.code = code;
    }

    /** "xlsx", "pdf", "html", "accessible-pdf". */
    public String code() {
        return code;
    }

    /** @return the output for a code (case-insensitive, "accessible_pdf" too), or null */
    public static PackOutput parse(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (PackOutput o : values()) {
            if (o.code.equals(c)) return o;
        }
        return null;
    }
}
