/**
 * Word lists and line-based data files as data: one reader ({@link org.argus.words.Lines}) and one
 * registry of lists a user can extend ({@link org.argus.words.Words}).
 */
package org.argus.words;
