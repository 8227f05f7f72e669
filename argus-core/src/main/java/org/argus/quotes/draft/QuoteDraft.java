package org.argus.quotes.draft;

import java.util.ArrayList;
import java.util.List;
import org.argus.model.ActorRef;
import org.argus.model.Quote;
import org.argus.model.Span;

/**
 * A quote being made: its words, offsets, kind, speaker and cue as the units have shaped them so far,
 * and the ids of those units. Mutable; one per quote, used by one thread.
 */
public final class QuoteDraft {
    private String text;
    private Span span;
    private Quote.Kind kind;
    private ActorRef speaker;
    private Quote.Cue cue;
    private final List<String> trace = new ArrayList<>();

    public QuoteDraft(String text, Span span, Quote.Kind kind, ActorRef speaker, Quote.Cue cue) {
        this.text = text;
        this.span = span;
        this.kind = kind;
        this.speaker = speaker;
        this.cue = cue;
    }

    public String text() {
        return text;
    }

    public Span span() {
        return span;
    }

    public Quote.Kind kind() {
        return kind;
    }

    public ActorRef speaker() {
        return speaker;
    }

    public Quote.Cue cue() {
        return cue;
    }

    /** The ids of the units that made, shaped and attributed it, in order (live: units' ids are appended). */
    public List<String> trace() {
        return trace;
    }

    /** Attributes the quote to {@code who}. */
    public void speaker(ActorRef who) {
        this.speaker = who;
    }

    /** Attributes the quote to {@code who} through {@code by}. */
    public void attribute(ActorRef who, Quote.Cue by) {
        this.speaker = who;
        this.cue = by;
    }

    /** Appends quotation {@code m} of {@code fullText}: one span over both, the words joined by a space, a direct quote. */
    public void join(Marked m, String fullText) {
        this.text = text + " " + m.content().of(fullText);
        this.span = new Span(span.start(), m.content().end());
        this.kind = Quote.Kind.DIRECT;
    }

    public Quote toQuote() {
        return new Quote(text, span, kind, speaker, cue, trace);
    }

    @Override
    public String toString() {
        return kind + " " + span + " '" + text + "' " + trace;
    }
}
