package org.argus.model;

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
 */
public record Quote(String text, Span span, Kind kind, ActorRef speaker, Cue cue) {
    public enum Kind { DIRECT, INDIRECT, LABELLED }

    /** A cue word with its offsets. */
    public record Cue(String text, Span span) {
    }
}
