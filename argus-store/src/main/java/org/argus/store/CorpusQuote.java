package org.argus.store;

/** One stored quote with its speaker and article. */
public record CorpusQuote(String article, String published, String speaker, String speakerActor, String kind,
                          String text, String cue) {
}
