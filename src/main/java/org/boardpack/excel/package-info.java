/** Writes the Excel board pack from the pack model with Apache POI. */
package org.boardpack.excel;
