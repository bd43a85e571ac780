package org.boardpack.batch;

import org.springframework.batch.core.step.StepContribution;

/** Access to the run's parameters from inside a tasklet. */
final class StepContextSupport {

    private StepContextSupport() {
    }

    static PackRunParameters parameters(StepContribution contribution) {
        return PackRunParameters.from(contribution.getStepExecution().getJobExecution().getJobParameters());
    }

    /** Records how many items the step read (StepContribution only counts reads one at a time). */
    static void readCount(StepContribution contribution, long count) {
        var step = contribution.getStepExecution();
        step.setReadCount(step.getReadCount() + count);
    }

    static long jobExecutionId(StepContribution contribution) {
        return contribution.getStepExecution().getJobExecution().getId();
    }
}
