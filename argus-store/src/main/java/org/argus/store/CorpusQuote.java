package org.argus.store;

/**
 * One stored quote with its speaker and article; {@code start} and {@code end} are the quote's
 * character offsets into the article's analysed text.
 */
public record CorpusQuote(String article, String published, String speaker, String speakerActor, String kind,
                          String text, String cue, int start, int end) {
}
