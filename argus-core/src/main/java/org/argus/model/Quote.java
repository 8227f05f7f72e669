package org.argus.model;

import java.util.List;

/**
 * A quote or reported statement.
 *
 * @param text    the quoted content
 * @param span    offsets of the content
 * @param kind    direct (in quotation marks), indirect (reported speech) or labelled (the words after a
 *                speaker's label: a transcript's turn "PENCE: Well, ...", verbatim, or a headline
 *                "Petrova: The ceasefire will not last", often condensed)
 * @param speaker who said it, or null when unknown
 * @param cue     the cue ("said", "told", "according to"), or null
 * @param trace   the ids of the units that found it and chose its speaker, in order (docs/rules.md)
 */
public record Quote(String text, Span span, Kind kind, ActorRef speaker, Cue cue, List<String> trace) {
    public enum Kind { DIRECT, INDIRECT, LABELLED }

    public Quote {
        trace = List.copyOf(trace);
    }

    /** A quote with no trace yet. */
    public Quote(String text, Span span, Kind kind, ActorRef speaker, Cue cue) {
        this(text, span, kind, speaker, cue, List.of());
    }

    /** This quote with {@code unit} appended to its trace. */
    public Quote traced(String unit) {
        List<String> more = new java.util.ArrayList<>(trace);
        more.add(unit);
        return new Quote(text, span, kind, speaker, cue, more);
    }

    /** A cue word with its offsets. */
    public record Cue(String text, Span span) {
    }
}
