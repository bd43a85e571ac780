/** Where the packs go (output/<board>/<period>/) and how files are written atomically. */
package org.boardpack.output;
