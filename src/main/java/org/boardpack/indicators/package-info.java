/** The indicator engine in plain Java: values, targets, RAG, direction of travel, financial years and SPC. */
package org.boardpack.indicators;
