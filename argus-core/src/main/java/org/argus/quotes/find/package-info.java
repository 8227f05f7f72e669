/** Quote units {@code quote.find.*}: finders of quotes in quotation marks, reported statements and labelled lines. */
package org.argus.quotes.find;
