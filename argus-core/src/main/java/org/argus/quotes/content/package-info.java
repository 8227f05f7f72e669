/** Quote units {@code quote.content.*}: how quotations join other quotes and how statements are widened. */
package org.argus.quotes.content;
