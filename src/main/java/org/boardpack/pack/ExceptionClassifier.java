package org.boardpack.pack;

import java.util.ArrayList;
import java.util.List;

import org.boardpack.indicators.Rag;
import org.boardpack.indicators.spc.AssuranceIcon;
import org.boardpack.indicators.spc.PointSignal;
import org.boardpack.indicators.spc.SpcPoint;
import org.boardpack.indicators.spc.SpcResult;
import org.boardpack.indicators.spc.SpecialCauseRule;
import org.boardpack.input.ExceptionRules;
import org.boardpack.input.ExceptionRules.Condition;

/**
 * Puts an indicator on the act list, the watch list or neither, the Making Data Count way: from its RAG, the SPC
 * signal of its last point and its assurance; never from a move between two months.
 */
public final class ExceptionClassifier {

    /** The list and the reasons that put the indicator on it (the act reasons only, when it is on both). */
    public record Verdict(ExceptionList list, List<ExceptionReason> reasons) {
        static final Verdict NONE = new Verdict(ExceptionList.NONE, List.of());
    }

    private ExceptionClassifier() {
    }

    public static Verdict classify(Rag rag, SpcResult spc, ExceptionRules rules) {
        List<ExceptionReason> act = new ArrayList<>();
        List<ExceptionReason> watch = new ArrayList<>();
        SpcPoint last = spc.points().isEmpty() ? null : spc.points().get(spc.points().size() - 1);
        boolean concern = last != null && !last.isMissing() && last.signal() == PointSignal.CONCERN;
        ExceptionReason concernReason = concern && (last.rule() == SpecialCauseRule.TREND || last.rule() == SpecialCauseRule.SHIFT)
                ? ExceptionReason.WORSENING_RUN : ExceptionReason.SPC_CONCERN;
        boolean green = rag == Rag.GREEN;
        if (rag == Rag.RED) add(rules, Condition.RED, ExceptionReason.RED, act, watch);
        if (rag == Rag.AMBER) add(rules, Condition.AMBER, ExceptionReason.AMBER, act, watch);
        if (concern) add(rules, green ? Condition.GREEN_SPC_CONCERN : Condition.SPC_CONCERN, concernReason, act, watch);
        if (!green && spc.assurance() == AssuranceIcon.CONSISTENTLY_FAILS) {
            add(rules, Condition.ASSURANCE_FAILS, ExceptionReason.ASSURANCE_FAILS, act, watch);
        }
        if (!act.isEmpty()) return new Verdict(ExceptionList.ACT, List.copyOf(act));
        if (!watch.isEmpty()) return new Verdict(ExceptionList.WATCH, List.copyOf(watch));
        return Verdict.NONE;
    }

    private static void add(ExceptionRules rules, Condition c, ExceptionReason reason,
                            List<ExceptionReason> act, List<ExceptionReason> watch) {
        if (rules.act().contains(c)) act.add(reason);
        else if (rules.watch().contains(c)) watch.add(reason);
    }
}
