package org.argus.events;

import org.argus.model.EventType;

/**
 * What a word triggers: the event type and mode a source of triggers gives it, and the row of that
 * source which did. The lexicon is one source ({@link #of(Lexicon.Entry)}: row {@code lexicon:attack/verb});
 * another (CAMEO verb patterns, issue 22) adds a trigger unit of its own that makes triggers with its own
 * rows and CAMEO codes.
 *
 * @param row    the id of the data row that matched, first in the event's trace ("lexicon:call+for/verb")
 * @param entry  the row's name in its knowledge file, kept as the event's {@code predicate.entry}
 * @param lemma  the predicate's head lemma
 * @param verb   whether the predicate is a verb (else a noun)
 * @param type   the PLOVER type
 * @param mode   the PLOVER mode, or null
 * @param cameo  the CAMEO code of the row, or null when it carries none (the lexicon carries none)
 */
public record Trigger(String row, String entry, String lemma, boolean verb, EventType type, String mode, String cameo) {
    /** The trigger of a lexicon entry that is an event ({@code type} not null). */
    public static Trigger of(Lexicon.Entry e) {
        return new Trigger("lexicon:" + e.describe(), e.describe(), e.lemma(), e.verb(), e.type(), e.mode(), null);
    }

    /** Whether the event's PLOVER mode is "mediation" ("talks between X and Y" a mediator works between). */
    public boolean mediation() {
        return "mediation".equals(mode);
    }

    /** Whether the type is {@code t}. */
    public boolean is(EventType t) {
        return type == t;
    }
}
