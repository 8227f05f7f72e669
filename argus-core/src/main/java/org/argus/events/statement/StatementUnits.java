package org.argus.events.statement;

import java.util.Map;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;
import org.argus.rules.Rules;
import org.argus.words.Words;

/**
 * The units that read how a sentence presents an event (attribution, modality, type changes,
 * negation) and the one that drops a repeat, by id: the registry the events chains are loaded
 * against. Immutable and thread-safe.
 */
public final class StatementUnits {
    private final Map<String, Rule<EventDraft>> units;

    public StatementUnits(Words words) {
        Negations negations = new Negations(words);
        this.units = Rules.byId(new Attribution(), new Hypothetical(words), new Intended(words), new Reported(),
                new StatedIntent(words, new Intentions(words)), new Obligation(words), new PredicateNegation(negations),
                new ClauseNegation(negations), new Refusal(words), new SameStatement());
    }

    /** The units by id. */
    public Map<String, Rule<EventDraft>> units() {
        return units;
    }
}
