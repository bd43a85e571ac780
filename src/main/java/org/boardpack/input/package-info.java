/** Reading and validating the input files (scorecards, catalogue, targets, boards): every problem reported at file, line and column. */
package org.boardpack.input;
