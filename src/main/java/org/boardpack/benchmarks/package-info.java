/** DfE open data import and LAIT comparisons: statistical neighbours, England, rank and quartile band. */
package org.boardpack.benchmarks;
