package org.boardpack.mail;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.boardpack.pack.Edition;

/**
 * One valid row of {@code input/board-members.csv}.
 *
 * @param boards  the board ids the member receives, in file order
 * @param formats the pack files the member receives, in {@link PackFormat} order (PDF before the workbook)
 * @param file    the file as shown to the operator
 * @param line    the row's 1-based physical line
 * @param edition the edition the member receives (the {@code edition} column; blank = full)
 */
public record BoardMember(String name, String email, String role, List<String> boards, Set<PackFormat> formats,
                          String file, long line, Edition edition) {

    public BoardMember {
        boards = List.copyOf(boards);
        formats = Set.copyOf(formats);
        if (edition == null) edition = Edition.FULL;
    }

    /** A member who receives the full edition. */
    public BoardMember(String name, String email, String role, List<String> boards, Set<PackFormat> formats,
                       String file, long line) {
        this(name, email, role, boards, formats, file, line, Edition.FULL);
    }

    /** The address in lower case: the key of the delivery record. */
    public String emailKey() {
        return email.toLowerCase(Locale.ROOT);
    }

    public boolean receives(String boardId) {
        return boards.contains(boardId);
    }

    /** The formats in a stable order: PDF, then the workbook. */
    public List<PackFormat> formatList() {
        return formats.stream().sorted().toList();
    }

    /** "pdf;xlsx", as in the file. */
    public String formatCodes() {
        return formatList().stream().map(PackFormat::code).collect(Collectors.joining(";"));
    }
}
