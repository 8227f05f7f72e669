/** Quote units {@code quote.filter.*}: which candidates and quotes are dropped. */
package org.argus.quotes.filter;
