/**
 * Statistical process control (XmR charts, NHS "Making Data Count" rules) in plain Java: limits, special-cause
 * rules, variation and assurance icons. Entry point: {@link org.boardpack.indicators.spc.SpcCalculator}.
 */
package org.boardpack.indicators.spc;
