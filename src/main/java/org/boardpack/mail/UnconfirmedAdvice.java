package org.boardpack.mail;

import java.time.YearMonth;
import java.util.List;

import org.boardpack.pack.Edition;

/**
 * What the operator is told about UNCONFIRMED deliveries: who, why, and the two ways to settle them. The advised
 * commands name the edition ({@code --edition E}) when the listing was of one edition, or when the messages they act
 * on are of the partner edition, so that each acts on exactly the rows the advice is about.
 */
public final class UnconfirmedAdvice {

    /** One unconfirmed message, of the member's edition. */
    public record Entry(String who, String email, String messageId, String why, Edition edition) {

        public static Entry of(Delivery d) {
            return new Entry(d.memberName() + " <" + d.email() + ">", d.email(), d.messageId(), d.lastError(), d.edition());
        }

        static Entry of(DistributionReport.MemberResult m) {
            return new Entry(m.who(), m.member().email(), m.messageId(), m.error(), m.member().edition());
        }
    }

    private UnconfirmedAdvice() {
    }

    public static String of(DistributionReport r) {
        return of(r, null);
    }

    /** @param only the edition the command was limited to ({@code --edition}), or null */
    public static String of(DistributionReport r, Edition only) {
        return text(r.board(), r.period(), r.revision(), r.unconfirmed().stream().map(Entry::of).toList(), only);
    }

    public static String of(String board, YearMonth period, int revision, List<Delivery> rows) {
        return of(board, period, revision, rows, null);
    }

    /** @param only the edition the listing was limited to ({@code --edition}), or null */
    public static String of(String board, YearMonth period, int revision, List<Delivery> rows, Edition only) {
        return text(board, period, revision, rows.stream().filter(d -> d.state() == DeliveryState.UNCONFIRMED)
                .filter(d -> only == null || d.edition() == only).map(Entry::of).toList(), only);
    }

    private static String text(String board, YearMonth period, int revision, List<Entry> unsure, Edition only) {
        if (unsure.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        sb.append(unsure.size()).append(unsure.size() == 1 ? " member" : " members").append(" may or may not have the ")
                .append(board).append(" pack for ").append(period).append(revision > 1 ? " (revision " + revision + ")" : "")
                .append(" (delivery UNCONFIRMED; not sent again automatically):");
        for (Entry e : unsure) {
            sb.append("\n  - ").append(e.who()).append(e.edition() == Edition.FULL ? "" : " (" + e.edition().id() + " edition)")
                    .append(e.why() == null ? "" : ": " + e.why());
        }
        String pack = " --board " + board + " --period " + period;
        Entry first = unsure.get(0);
        // --confirm: the edition of the listing, or of the row when it is not the full one
        Edition confirm = only != null ? only : first.edition() == Edition.FULL ? null : first.edition();
        // --resend-unconfirmed: the edition of the listing, or the one edition every row is of when not the full one;
        // rows of both editions are all sent again by the command without --edition
        Edition resend = only;
        if (resend == null && unsure.stream().allMatch(e -> e.edition() == first.edition()) && first.edition() != Edition.FULL) {
            resend = first.edition();
        }
        sb.append("\nAsk them, or look for Message-ID ").append(first.messageId())
                .append(unsure.size() > 1 ? " (and the others')" : "").append(" in the mail server's log; then either record that it arrived:")
                .append("\n  boardpack deliveries").append(pack).append(option(confirm)).append(" --confirm ").append(first.email())
                .append("\nor send it again with the same Message-ID (their mail client shows it once if both arrive):")
                .append("\n  boardpack deliveries").append(pack).append(option(resend)).append(" --resend-unconfirmed");
        return sb.toString();
    }

    private static String option(Edition e) {
        return e == null ? "" : " --edition " + e.id();
    }
}
