package org.boardpack.mail;

import java.time.YearMonth;
import java.util.List;

/**
 * What one distribute call did for each member of the board.
 *
 * @param mode    smtp or files
 * @param members one result per member of the board, in board-members.csv order
 */
public record DistributionReport(String board, YearMonth period, int revision, MailMode mode, List<MemberResult> members) {

    public DistributionReport {
        members = List.copyOf(members);
    }

    /**
     * @param sentNow     handed over in this call
     * @param alreadySent sent by an earlier run: not sent again
     * @param resend      handed over again after an unconfirmed one (same Message-ID)
     * @param attached    the files attached (empty when over the size cap or not sent)
     * @param error       why the member did not get the pack, or null
     */
    public record MemberResult(BoardMember member, DeliveryState state, boolean sentNow, boolean alreadySent,
                               boolean resend, int attempts, String messageId, List<String> attached,
                               String location, String error) {

        public boolean delivered() {
            return state == DeliveryState.SENT || state == DeliveryState.WRITTEN || state == DeliveryState.NOT_REMAILED;
        }

        /** "Jane Smith <jane.smith@bedford.example.org>". */
        public String who() {
            return member.name() + " <" + member.email() + ">";
        }
    }

    public long sentNow() {
        return members.stream().filter(MemberResult::sentNow).count();
    }

    public long alreadySent() {
        return members.stream().filter(MemberResult::alreadySent).count();
    }

    public long resent() {
        return members.stream().filter(m -> m.sentNow() && m.resend()).count();
    }

    public List<MemberResult> notDelivered() {
        return members.stream().filter(m -> !m.delivered()).toList();
    }

    /** Still to be sent: a restart sends them. */
    public List<MemberResult> missing() {
        return members.stream().filter(m -> m.state().outstanding()).toList();
    }

    /** Handed over without the server's answer: they may or may not have it; only the operator sends them again. */
    public List<MemberResult> unconfirmed() {
        return members.stream().filter(m -> m.state() == DeliveryState.UNCONFIRMED).toList();
    }

    /** Every member has the pack (none missing, none unconfirmed). */
    public boolean allDelivered() {
        return notDelivered().isEmpty();
    }

    /**
     * "5 members: 3 sent now (1 sent again), 2 already sent, 0 unconfirmed, 0 not delivered (smtp)"; files mode says
     * written, not sent.
     */
    public String summary() {
        if (mode == MailMode.FILES) {
            return members.size() + (members.size() == 1 ? " member: " : " members: ") + sentNow() + " written now, "
                    + alreadySent() + " written before, " + missing().size() + " not written (not sent: files mode)";
        }
        return members.size() + (members.size() == 1 ? " member: " : " members: ") + sentNow() + " sent now"
                + (resent() > 0 ? " (" + resent() + " sent again after an unconfirmed delivery)" : "") + ", " + alreadySent()
                + " already sent, " + unconfirmed().size() + " unconfirmed, " + missing().size() + " not delivered ("
                + mode.code() + ")";
    }
}
