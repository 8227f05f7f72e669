/** Quote units {@code quote.speaker.*}: the sieves that find who says a quote. */
package org.argus.quotes.speaker;
