package org.argus.events.party;

import org.argus.grammar.Clauses;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.read-as-subject}: a participle's only "subject" that is really the object of the
 * verb before it ("farmers blocked roads demanding lower taxes": the roads demand nothing) is replaced
 * by the subject the participle inherits from that verb.
 */
final class ReadAsSubject implements Rule<EventDraft> {
    static final String ID = "event.party.read-as-subject";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (d.sources.size() != 1 || !Clauses.subjectReadForObject(d.sentence, d.head, d.sources.get(0))) {
            return false;
        }
        d.sources.clear();
        d.sources.addAll(Clauses.inheritedSubject(d.sentence, d.head));
        return true;
    }
}
