/** Writes the PDF board pack from the pack model with OpenPDF and JFreeChart. */
package org.boardpack.pdf;
