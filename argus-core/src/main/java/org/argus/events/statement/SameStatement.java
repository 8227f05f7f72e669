package org.argus.events.statement;

import org.argus.model.ActorRef;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.dedupe.same-statement}: an event that repeats one kept from its sentence, with the same
 * type, source and negation, when either is a statement of intent, is dropped: "threatened to strike"
 * coded once.
 */
final class SameStatement implements Rule<EventDraft> {
    static final String ID = "event.dedupe.same-statement";
    private static boolean same(EventDraft a, EventDraft b) {
        return a.sentence.span().equals(b.sentence.span()) && a.type == b.type && a.negated == b.negated
                && a.source.stream().map(ActorRef::name).toList().equals(b.source.stream().map(ActorRef::name).toList())
                && (a.statedIntent != null || b.statedIntent != null);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        for (EventDraft kept : d.earlier) {
            if (same(kept, d)) {
                d.dropped = true;
                return true;
            }
        }
        return false;
    }
}
