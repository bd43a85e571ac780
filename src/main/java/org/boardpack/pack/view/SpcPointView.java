package org.boardpack.pack.view;

import java.time.YearMonth;

import org.boardpack.indicators.spc.PointSignal;

/** A special-cause point with its month, its displayed value, its rule and what it signals, in words. */
public record SpcPointView(YearMonth month, String monthLabel, Shown value, String rule, PointSignal signal,
                           String signalWord) {

    /** "concern", "improvement", "neutral (high)". */
    public String shortSignal() {
        return signalWord.replace("Special cause ", "");
    }
}
