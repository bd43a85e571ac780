/** The pack view: everything a reader sees (wording, formatted figures, ordering, rankings, chart series, colours), decided once from the pack model; every edition only lays it out. */
package org.boardpack.pack.view;
