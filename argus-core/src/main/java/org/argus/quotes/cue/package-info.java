/** Quote units {@code quote.cue.*}: what makes a token a cue, and which cue a quotation takes. */
package org.argus.quotes.cue;
