package org.argus.events.party;

import org.argus.grammar.Clauses;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.inherited-subject}: a verb with no source takes the subject of the verb it is the
 * complement, conjunct or clause of: "Kenya agreed to withdraw its troops" (Kenya withdraws).
 */
final class InheritedSubject implements Rule<EventDraft> {
    static final String ID = "event.party.inherited-subject";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (!d.sources.isEmpty()) {
            return false;
        }
        d.sources.addAll(Clauses.inheritedSubject(d.sentence, d.head));
        return !d.sources.isEmpty();
    }
}
