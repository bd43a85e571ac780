package org.boardpack.mail;

import java.time.YearMonth;
import java.util.List;

/** What the operator is told about UNCONFIRMED deliveries: who, why, and the two ways to settle them. */
public final class UnconfirmedAdvice {

    /** One unconfirmed message. */
    public record Entry(String who, String email, String messageId, String why) {

        public static Entry of(Delivery d) {
            return new Entry(d.memberName() + " <" + d.email() + ">", d.email(), d.messageId(), d.lastError());
        }

        static Entry of(DistributionReport.MemberResult m) {
            return new Entry(m.who(), m.member().email(), m.messageId(), m.error());
        }
    }

    private UnconfirmedAdvice() {
    }

    public static String of(DistributionReport r) {
        return text(r.board(), r.period(), r.revision(), r.unconfirmed().stream().map(Entry::of).toList());
    }

    public static String of(String board, YearMonth period, int revision, List<Delivery> rows) {
        return text(board, period, revision, rows.stream().filter(d -> d.state() == DeliveryState.UNCONFIRMED).map(Entry::of).toList());
    }

    private static String text(String board, YearMonth period, int revision, List<Entry> unsure) {
        if (unsure.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        sb.append(unsure.size()).append(unsure.size() == 1 ? " member" : " members").append(" may or may not have the ")
                .append(board).append(" pack for ").append(period).append(revision > 1 ? " (revision " + revision + ")" : "")
                .append(" (delivery UNCONFIRMED; not sent again automatically):");
        for (Entry e : unsure) sb.append("\n  - ").append(e.who()).append(e.why() == null ? "" : ": " + e.why());
        String pack = " --board " + board + " --period " + period;
        sb.append("\nAsk them, or look for Message-ID ").append(unsure.get(0).messageId())
                .append(unsure.size() > 1 ? " (and the others')" : "").append(" in the mail server's log; then either record that it arrived:")
                .append("\n  boardpack deliveries").append(pack).append(" --confirm ").append(unsure.get(0).email())
                .append("\nor send it again with the same Message-ID (their mail client shows it once if both arrive):")
                .append("\n  boardpack deliveries").append(pack).append(" --resend-unconfirmed");
        return sb.toString();
    }
}
