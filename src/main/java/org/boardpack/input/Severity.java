package org.boardpack.input;

/** ERROR stops the job (or rejects the row with --skip-invalid); WARNING is reported and never stops it. */
public enum Severity { ERROR, WARNING }
