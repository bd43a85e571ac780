/** The improvement plan tracker: recommendation status, BRAG, overdue and stale actions, linked evidence. */
package org.boardpack.recommendations;
