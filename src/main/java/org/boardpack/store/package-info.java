/** The application's own tables (loaded figures, results, packs) in the same database as the job repository. */
package org.boardpack.store;
