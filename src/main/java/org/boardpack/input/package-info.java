/** The CSV toolkit: reading tables, checking fields, and reporting every problem at file, line and column. */
package org.boardpack.input;
