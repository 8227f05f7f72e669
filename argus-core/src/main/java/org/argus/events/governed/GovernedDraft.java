package org.argus.events.governed;

import org.argus.events.trigger.Triggers;
import org.argus.grammar.Clauses;
import org.argus.model.Dependency;
import org.argus.model.EventType;
import org.argus.model.Sentence;
import org.argus.model.Token;

/**
 * One trigger being checked against the triggers that govern it: the units of chain
 * {@code events/chains/governed.txt} fire when another trigger codes the event instead (the predicate
 * is its complement, object or content). {@link #index} is the phrase the governing word acts on: the
 * trigger, or the noun phrase a nominal trigger heads ({@code event.governed.noun-phrase}). Mutable;
 * one per trigger, used by one thread.
 */
final class GovernedDraft {
    final Sentence sentence;
    final int token;
    final boolean nominal;
    final Triggers.Found[] triggers;
    /** The phrase the governing word acts on. */
    int index;
    /** Whether a unit found that another trigger governs this one. */
    boolean governed;
    private int upOf = -1;
    private Dependency up;

    GovernedDraft(Sentence sentence, int token, Triggers.Found[] triggers) {
        this.sentence = sentence;
        this.token = token;
        this.nominal = !sentence.tokens().get(token).isVerb();
        this.triggers = triggers;
        this.index = token;
    }

    /** Marks the trigger governed; true, for a unit to return. */
    boolean suppress() {
        governed = true;
        return true;
    }

    /** The dependency {@link #index} hangs on, or null at the root. */
    Dependency up() {
        if (upOf != index) {
            Dependency d = sentence.parentOf(index);
            up = d == null || d.governor() < 0 ? null : d;
            upOf = index;
        }
        return up;
    }

    /** The base relation of {@link #up()} ("" at the root). */
    String rel() {
        return up() == null ? "" : up().baseRelation();
    }

    Token governor() {
        return sentence.tokens().get(up().governor());
    }

    /** Whether token {@code i} triggers an event. */
    boolean triggers(int i) {
        return triggers[i] != null;
    }

    /** Whether token {@code i} triggers an event of type {@code type}. */
    boolean triggers(int i, EventType type) {
        return triggers[i] != null && triggers[i].trigger().type() == type;
    }

    /**
     * A nominal event in another word's object or prepositional phrase ("the criticism against which
     * X defended Y", "withdrew after the offensive"): it refers to an event the sentence does not
     * report as news of its own.
     */
    boolean referred() {
        return nominal && (rel().equals("obl") || rel().equals("nmod"));
    }

    /**
     * A purpose or participle clause with no subject of its own ("staged protests to demand reforms",
     * "struck the town, killing twelve"): it elaborates the event it hangs on.
     */
    boolean elaborating() {
        return (rel().equals("advcl") || rel().equals("dep")) && !Clauses.hasOwnSubject(sentence, index)
                && (sentence.tokens().get(index).pos().equals("VBG") || Clauses.marker(sentence, index, "to"));
    }

    /**
     * Whether clause {@code clause}, hung on its governor by {@code up}, is what a request asks for
     * ("called on X to unite").
     */
    boolean asked(int clause, Dependency on) {
        return (on.baseRelation().equals("xcomp") || on.baseRelation().equals("advcl")) && Clauses.marker(sentence, clause, "to")
                && triggers(on.governor(), EventType.REQUEST);
    }
}
