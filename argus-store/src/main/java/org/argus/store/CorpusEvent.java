package org.argus.store;

import org.argus.model.Event;

/**
 * One stored event: the event object {@code analyze --format jsonl} prints for it, with the article
 * it comes from.
 *
 * @param article   the article's id
 * @param title     the article's title, or null
 * @param published the article's publication date (ISO), or null
 * @param event     the event as coded
 * @param sentence  the words of the event's sentence
 */
public record CorpusEvent(String article, String title, String published, Event event, String sentence) {
}
