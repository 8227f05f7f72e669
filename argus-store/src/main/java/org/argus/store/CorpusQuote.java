package org.argus.store;

import java.util.List;

/**
 * One stored quote with its speaker and article; {@code start} and {@code end} are the quote's
 * character offsets into the article's analysed text, {@code trace} the units that found it and
 * chose its speaker.
 */
public record CorpusQuote(String article, String published, String speaker, String speakerActor, String kind,
                          String text, String cue, int start, int end, List<String> trace) {
    public CorpusQuote {
        trace = List.copyOf(trace);
    }
}
