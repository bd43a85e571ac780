/** Emails the packs to board members, once each, with a delivery record. */
package org.boardpack.mail;
