/** Spring Batch wiring: the board pack job, its steps and how runs are started, restarted and recovered. */
package org.boardpack.batch;
