package org.boardpack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** run --all-boards exits with the worst outcome, in the order the README documents. */
class OutcomeOrderTest {

    @Test
    void theWorstOutcomeIsTheOneAskingMostOfTheOperator() {
        // README, Exit codes: failed > invalid input > stopped > no figures > already running > delivery unconfirmed
        // > already complete > completed
        List<Outcome> order = List.of(Outcome.COMPLETED, Outcome.ALREADY_COMPLETE, Outcome.DELIVERY_UNCONFIRMED,
                Outcome.ALREADY_RUNNING, Outcome.NO_FIGURES,
                Outcome.STOPPED, Outcome.INVALID_INPUT, Outcome.FAILED);
        for (int i = 1; i < order.size(); i++) {
            assertThat(Outcome.worst(List.of(order.get(i - 1), order.get(i)))).isEqualTo(order.get(i));
            assertThat(Outcome.worst(List.of(order.get(i), order.get(i - 1)))).isEqualTo(order.get(i));
        }
        assertThat(Outcome.worst(List.of(Outcome.COMPLETED, Outcome.INVALID_INPUT, Outcome.COMPLETED))).isEqualTo(Outcome.INVALID_INPUT);
        assertThat(Outcome.worst(List.of())).isEqualTo(Outcome.COMPLETED);
    }
}
