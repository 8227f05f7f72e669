package org.argus.events.party;

import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.prepositional-fallback}: a verb that has found no target by any other unit takes
 * its first prepositional argument even when it names no actor: "agreed in principle". The row is
 * traced too.
 */
final class PrepositionalFallback implements Rule<EventDraft> {
    static final String ID = "event.party.prepositional-fallback";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (!d.targets.isEmpty() || d.prepositional.isEmpty()) {
            return false;
        }
        d.targets.addAll(d.prepositional);
        d.trace.add(d.prepositionalRow);
        return true;
    }
}
