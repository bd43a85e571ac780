package org.boardpack.mail;

/**
 * Some members did not get the pack. The message names each of them with the reason and tells the operator to
 * fix the cause and restart; members already sent are not sent again.
 */
public class DeliveryFailedException extends RuntimeException {

    private final transient DistributionReport report;

    public DeliveryFailedException(DistributionReport report, String boardTitle) {
        super(message(report, boardTitle));
        this.report = report;
    }

    public DistributionReport report() {
        return report;
    }

    private static String message(DistributionReport r, String boardTitle) {
        var missing = r.missing();
        long sent = r.members().stream().filter(DistributionReport.MemberResult::delivered).count();
        StringBuilder sb = new StringBuilder();
        sb.append("The ").append(boardTitle).append(" pack for ").append(r.period())
                .append(r.revision() > 1 ? " (revision " + r.revision() + ")" : "")
                .append(" did not reach ").append(missing.size()).append(" of ").append(r.members().size())
                .append(missing.size() == 1 && r.members().size() == 1 ? " member" : " members").append(":");
        for (var m : missing) {
            sb.append("\n  - ").append(m.who()).append(": ").append(m.state())
                    .append(m.attempts() > 0 ? " after " + m.attempts() + (m.attempts() == 1 ? " attempt" : " attempts") : "")
                    .append(m.error() == null ? "" : ": " + m.error());
        }
        sb.append("\nFix the cause (the mail server, or the address in input/board-members.csv), then run: boardpack restart --board ")
                .append(r.board()).append(" --period ").append(r.period())
                .append("\nOnly the members above will be sent the pack; the ").append(sent)
                .append(" who have it will not get it twice.");
        if (!r.unconfirmed().isEmpty()) sb.append("\n").append(UnconfirmedAdvice.of(r));
        return sb.toString();
    }
}
