/** The intake: reads and validates every input a run uses (scorecards, catalogue, targets, boards, commentary, style), above the CSV toolkit in {@code input}. */
package org.boardpack.intake;
