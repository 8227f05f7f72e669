package org.argus.store;

import org.argus.model.Quote;

/**
 * One stored quote as the pipeline made it, with its article: {@link org.argus.output.QuoteJson}
 * prints it as {@code analyze --format jsonl} did.
 *
 * @param article      the article's id
 * @param title        the article's title, or null
 * @param published    the article's publication date (ISO), or null
 * @param quote        the quote, its speaker and cue with their offsets, its trace
 * @param speakerWords the article's words at the speaker's offsets ("he", "the ministry"), or null
 */
public record StoredQuote(String article, String title, String published, Quote quote, String speakerWords) {
}
