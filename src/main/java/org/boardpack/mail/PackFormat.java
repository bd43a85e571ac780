package org.boardpack.mail;

import java.util.Locale;

/** A pack file a board member can receive: the PDF, the Excel workbook or the accessible HTML edition. */
public enum PackFormat {
    PDF("pdf", "application/pdf", "PDF"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook"),
    HTML("html", "text/html; charset=UTF-8", "HTML edition");

    private final String code;
    private final String contentType;
    private final String label;

    PackFormat(String code, String contentType, String label) {
        this.code = code;
        this.contentType = contentType;
        this.label = label;
    }

    /** As written in board-members.csv: {@code pdf}, {@code xlsx} or {@code html}. */
    public String code() {
        return code;
    }

    public String contentType() {
        return contentType;
    }

    /** "PDF", "Excel workbook". */
    public String label() {
        return label;
    }

    /** @return the format for a code (case-insensitive), or null */
    public static PackFormat parse(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (PackFormat f : values()) {
            if (f.code.equals(c)) return f;
        }
        return null;
    }
}
