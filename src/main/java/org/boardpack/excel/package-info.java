/**
 * Lays the pack view ({@link org.boardpack.pack.view.PackView}) out as the Excel board pack with Apache POI ({@link org.boardpack.excel.ExcelPackWriter}).
 *
 * <p>The workbook follows the Government Analysis Function guidance on accessible spreadsheets: twelve sheets in a
 * fixed order (Cover, Contents, Summary, Scorecard, Trends, SPC, Benchmarks, Recommendations, Exceptions, Data
 * quality, Data, Definitions), each with its title in A1, a note in A2 starting with the protective marking, and
 * one named Excel table with a single header row in row 3; frozen header, filters, landscape print fitted to the
 * page width with the header row repeated and the marking and "Page X of Y" in the footer; no merged cells.
 * Figures are stored as numbers with the indicator's decimals as the number format; RAG, BRAG, bands and SPC
 * icons are words with a fill added by conditional formatting in the council's colours (templates/pack-style.yml).
 * Text from input files is always a string cell, quote-prefixed when it starts like a formula. Trends and SPC
 * carry native line charts that plot cells of the Trends table.
 *
 * <p>One class per sheet ({@link org.boardpack.excel.PackSheet}); {@link org.boardpack.excel.SheetTable} writes
 * the accessible table, {@link org.boardpack.excel.LineChart} the charts, {@link org.boardpack.excel.StatusFills}
 * the status colours.
 */
package org.boardpack.excel;
