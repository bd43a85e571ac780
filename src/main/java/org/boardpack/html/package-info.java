/** The HTML edition for publication (WCAG 2.1 AA, laid out from the pack view with Thymeleaf) and the tagged PDF/UA-1 edition rendered from it. */
package org.boardpack.html;
