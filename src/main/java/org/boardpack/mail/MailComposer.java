package org.boardpack.mail;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.boardpack.output.OutputLayout;
import org.boardpack.pack.PackModel;
import org.boardpack.pack.RagCounts;

/**
 * Composes each member's message from the pack, the board's template and the pack files: subject, bodies,
 * attachments by the member's formats, and the size cap. Plain Java: no Spring, no server.
 */
public final class MailComposer {

    /** Allowance for the headers and MIME structure around the bodies and attachments. */
    static final long HEADER_ALLOWANCE = 4096;
    private final MailSettings settings;

    public MailComposer(MailSettings settings) {
        this.settings = settings;
    }

    /** {@code OFFICIAL-SENSITIVE: <board title> pack, <Month YYYY>} plus {@code  (revision N)} from revision 2. */
    public static String subject(PackModel pack) {
        String marking = pack.marking() == null || pack.marking().isBlank() ? PackModel.OFFICIAL_SENSITIVE
                : pack.marking().strip().toUpperCase(Locale.ROOT);
        return marking + ": " + pack.boardTitle() + " pack, " + pack.periodLabel()
                + (pack.revision() > 1 ? " (revision " + pack.revision() + ")" : "");
    }

    /** The sender: boardpack.mail.from, or boardpack@localhost when unset (files mode only; smtp requires it). */
    public String from() {
        String from = settings.getFrom();
        return from == null || from.isBlank() ? "Board Pack Builder <boardpack@localhost>" : from.strip();
    }

    /** The member's message id, derived from the board, period, revision and address. */
    public String messageId(PackModel pack, BoardMember member) {
        return MessageIds.of(pack.boardId(), pack.period(), pack.revision(), member.email(), MessageIds.domainFor(settings));
    }

    /**
     * @param files     the pack files, holding at least the member's formats
     * @param messageId the id to use (the one recorded for the delivery; see {@link #messageId})
     */
    public ComposedMessage compose(PackModel pack, PackDigest digest, BoardMember member, MailTemplate template,
                                   PackFiles files, String messageId) {
        List<PackFiles.PackFile> wanted = member.formatList().stream().map(files::get).toList();
        long attachmentsSize = wanted.stream().mapToLong(f -> PackFiles.encodedSize(f.size())).sum();

        Map<String, Object> values = values(pack, digest, member, files.layout());
        values.put("attachment_note", attachedNote(wanted));
        String text = template.renderText(values);
        String html = template.renderHtml(values);
        long size = HEADER_ALLOWANCE + bodySize(text) + bodySize(html) + attachmentsSize;
        if (size <= settings.maxSizeBytes()) {
            return new ComposedMessage(messageId, from(), settings.getReplyTo(), member, subject(pack), text, html,
                    wanted, List.of(), size);
        }
        values.put("attachment_note", omittedNote(wanted, size, files.layout()));
        text = template.renderText(values);
        html = template.renderHtml(values);
        long smaller = HEADER_ALLOWANCE + bodySize(text) + bodySize(html);
        return new ComposedMessage(messageId, from(), settings.getReplyTo(), member, subject(pack), text, html,
                List.of(), member.formatList(), smaller);
    }

    /** The placeholder values except attachment_note. */
    Map<String, Object> values(PackModel pack, PackDigest digest, BoardMember member, OutputLayout layout) {
        RagCounts rag = pack.ragCounts();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("member_name", member.name());
        v.put("member_role", member.role());
        v.put("member_email", member.email());
        v.put("board_title", pack.boardTitle());
        v.put("board_id", pack.boardId());
        v.put("period", pack.periodLabel());
        v.put("period_code", pack.period().toString());
        v.put("authority", pack.authority() == null ? "" : pack.authority());
        v.put("marking", pack.marking() == null || pack.marking().isBlank() ? PackModel.OFFICIAL_SENSITIVE : pack.marking());
        v.put("revision", String.valueOf(pack.revision()));
        v.put("revision_note", (pack.revision() > 1 ? " This is revision " + pack.revision()
                + " of the pack: it replaces the pack sent earlier for " + pack.periodLabel() + "." : "")
                + (pack.edition() == org.boardpack.pack.Edition.PARTNER ? "\n\nThis is the partner edition. "
                + pack.suppression().description().replaceFirst("^Partner edition: ", "In it, ") : ""));
        v.put("red", String.valueOf(rag.red()));
        v.put("amber", String.valueOf(rag.amber()));
        v.put("green", String.valueOf(rag.green()));
        v.put("no_target", String.valueOf(rag.none()));
        v.put("total", String.valueOf(rag.total()));
        v.put("headlines", digest.headlineLines());
        v.put("closed_exceptions", digest.closedExceptionLines());
        v.put("exceptions", digest.exceptionLines());
        v.put("exception_count", String.valueOf(digest.exceptionLines().size()));
        v.put("movers", digest.moverLines());
        v.put("mover_count", String.valueOf(digest.moverLines().size()));
        v.put("overdue_recommendations", digest.overdueRecommendationLines());
        v.put("overdue_count", String.valueOf(digest.overdueRecommendationLines().size()));
        v.put("missing_figures", digest.missingFigureLines());
        v.put("missing_count", String.valueOf(digest.missingFigureLines().size()));
        v.put("pack_location", folderLocation(layout));
        return v;
    }

    private static String attachedNote(List<PackFiles.PackFile> files) {
        List<String> parts = new ArrayList<>();
        for (PackFiles.PackFile f : files) {
            parts.add((switch (f.format()) {
                case PDF -> "a PDF";
                case XLSX -> "an Excel workbook";
                case HTML -> "an HTML edition";
            }) + " (" + f.fileName() + ", " + size(f.size()) + ")");
        }
        return "The pack is attached as " + joinAnd(parts) + ".";
    }

    private String omittedNote(List<PackFiles.PackFile> files, long size, OutputLayout layout) {
        StringBuilder sb = new StringBuilder();
        sb.append("The pack is not attached: with ")
                .append(files.size() == 1 ? "the " + files.get(0).format().label() : "the " + joinAnd(files.stream().map(f -> f.format().label()).toList()))
                .append(" this email would be ").append(megabytes(size)).append(" once encoded for email, above the ")
                .append(megabytes(settings.maxSizeBytes())).append(" limit. You can find the pack here:");
        for (PackFiles.PackFile f : files) {
            sb.append('\n').append(f.fileName()).append(": ").append(location(layout, f.path()));
        }
        return sb.toString();
    }

    /** Where a pack file is: under the link base when configured, else its absolute path. */
    String location(OutputLayout layout, Path file) {
        String base = settings.getLinkBase();
        if (base == null || base.isBlank()) return file.toAbsolutePath().normalize().toString();
        return join(base, layout.board(), layout.period().toString(), file.getFileName().toString());
    }

    private String folderLocation(OutputLayout layout) {
        String base = settings.getLinkBase();
        if (base == null || base.isBlank()) return layout.folder().toAbsolutePath().normalize().toString();
        return join(base, layout.board(), layout.period().toString()) + "/";
    }

    private static String join(String base, String... segments) {
        StringBuilder sb = new StringBuilder(base.strip());
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '/') sb.setLength(sb.length() - 1);
        for (String s : segments) sb.append('/').append(encodeSegment(s));
        return sb.toString();
    }

    private static String encodeSegment(String s) {
        try {
            return new URI(null, null, s, null).getRawPath().replace("/", "%2F").replace(":", "%3A");
        } catch (java.net.URISyntaxException e) {
            return s;
        }
    }

    private static long bodySize(String body) {
        if (body == null) return 0;
        // quoted-printable or base64 grows UTF-8 text by up to a third
        return body.getBytes(StandardCharsets.UTF_8).length * 4L / 3 + 200;
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return String.format(Locale.UK, "%.0f KB", bytes / 1024.0);
        return megabytes(bytes);
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb >= 10) return String.format(Locale.UK, "%.0f MB", mb);
        return mb >= 1 ? String.format(Locale.UK, "%.1f MB", mb) : String.format(Locale.UK, "%.2f MB", mb);
    }

    private static String joinAnd(List<String> parts) {
        if (parts.size() <= 1) return String.join("", parts);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
