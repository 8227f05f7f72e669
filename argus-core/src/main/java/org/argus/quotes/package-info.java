/**
 * Quotes: direct quotes in quotation marks and reported statements ("X said that ...",
 * "according to X, ..."), each with its cue and its speaker resolved to an actor where the text allows.
 */
package org.argus.quotes;
