package org.argus.quotes.draft;

import java.util.List;
import org.argus.model.Quote;
import org.argus.model.Sentence;
import org.argus.model.Span;

/**
 * A cue found in a sentence: its tokens [{@code first}, {@code last}], what kind of cue it is, the
 * head token of its speaker (-1 when none), the antecedent token of a relative-pronoun speaker ("the
 * envoy, who said": -1 when the speaker is no relative pronoun), and the ids of the units that found
 * the cue and its speaker. Immutable.
 */
public record CueAt(Sentence sentence, int first, int last, Kind kind, int speakerHead, int antecedent, List<String> trace) {
    /** What makes a token a cue. */
    public enum Kind {
        /** a verb of the cue list ("said", "warned") */
        VERB,
        /** "according to X" */
        ACCORDING,
        /** a stance verb, whose object or infinitive is what it reports ("condemned the launch") */
        STANCE,
        /** a verb giving a name, the name being quoted ("called the plan a "trap"") */
        NAMING,
        /** the colon ending a sentence a quotation follows ("The minister said:") */
        COLON
    }

    public CueAt {
        trace = List.copyOf(trace);
    }

    /** The offsets of the cue's tokens. */
    public Span span() {
        return new Span(sentence.tokens().get(first).span().start(), sentence.tokens().get(last).span().end());
    }

    /** The cue as a quote carries it: its words in {@code text} and their offsets. */
    public Quote.Cue asCue(String text) {
        Span s = span();
        return new Quote.Cue(s.of(text), s);
    }
}
