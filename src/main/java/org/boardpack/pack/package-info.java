/** The computed pack model (one per board, period and revision) from which the pack view is built, and the builder that computes it. */
package org.boardpack.pack;
