/**
 * The immutable document model every pipeline stage reads and extends. Records only, JDK only:
 * nothing here depends on an NLP library, a parser or a database. Every fact carries character
 * offsets ({@link org.argus.model.Span}) into the analysed text of its {@link org.argus.model.Document}.
 */
package org.argus.model;
