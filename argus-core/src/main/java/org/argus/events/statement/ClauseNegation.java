package org.argus.events.statement;

import org.argus.grammar.Clauses;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.negation.clause}: a nominal event is negated with the verb that presents it: "failed to
 * reach an agreement", "did not sign the accord".
 */
final class ClauseNegation implements Rule<EventDraft> {
    static final String ID = "event.negation.clause";
    private final Negations negations;

    ClauseNegation(Negations negations) {
        this.negations = negations;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        int clause = Clauses.of(d.sentence, d.head);
        if (clause == d.head || !negations.negated(d.sentence, clause)) {
            return false;
        }
        d.negated = true;
        return true;
    }
}
