/** The command-line interface (picocli): run, restart, status and the other commands, with documented exit codes. */
package org.boardpack.cli;
