/** The computed pack model (one per board, period and revision) that every writer renders, and the builder that computes it. */
package org.boardpack.pack;
