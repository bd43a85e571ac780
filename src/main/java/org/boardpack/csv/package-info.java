/** results.csv and recommendations.csv for BI tools, laid out from the pack view. */
package org.boardpack.csv;
