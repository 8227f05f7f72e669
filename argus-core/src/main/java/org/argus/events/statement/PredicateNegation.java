package org.argus.events.statement;

import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.negation.predicate}: the predicate itself is negated ("did not sign", "no talks",
 * "nobody has been arrested", "failed to sign"; {@link Negations}).
 */
final class PredicateNegation implements Rule<EventDraft> {
    static final String ID = "event.negation.predicate";
    private final Negations negations;

    PredicateNegation(Negations negations) {
        this.negations = negations;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (!negations.negated(d.sentence, d.head)) {
            return false;
        }
        d.negated = true;
        return true;
    }
}
