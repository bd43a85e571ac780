/**
 * The PDF board pack (A4, PDF/A-1b) laid out from the pack view ({@link org.boardpack.pack.view.PackView}) with OpenPDF and JFreeChart.
 *
 * <p>{@link org.boardpack.pdf.PdfPackWriter} is the entry point. It renders the pack twice (the first pass finds
 * the page each part starts on, the second prints them in the contents) through one class per part:
 * {@code CoverPage}, {@code ContentsPage}, {@code ExecutiveSummary}, {@code AreaSection} (scorecard, benchmarks,
 * team figures, trend charts), {@code ExceptionsSection} (each with its SPC chart and icons), {@code TrackerSection},
 * {@code DataQualitySection} and {@code DefinitionsAppendix}. {@code PackPlan} lists the parts (contents and
 * bookmarks), {@code PackDocument} holds one pass's document, writer, fonts and bookmarks, {@code PageEvents}
 * draws the marking, footer and "Page X of Y" on every page and places contents links and deferred bookmarks,
 * {@code Tables} holds the table conventions, and {@code TrendChart}, {@code SpcChart}, {@code ChartStyle} and
 * {@code ChartRenderer} draw the charts as vectors with the embedded fonts ({@link org.boardpack.pdf.PdfFonts}).
 */
package org.boardpack.pdf;
