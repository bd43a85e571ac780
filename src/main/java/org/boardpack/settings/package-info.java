/** The application's settings ({@code boardpack.*}), bound once and checked at start; the clock every date comes from. */
package org.boardpack.settings;
