package org.boardpack.excel;

/** A numeric cell value shown to the given number of decimals (stored as a number, never as text). */
public record Num(Double value, int decimals) {
}
