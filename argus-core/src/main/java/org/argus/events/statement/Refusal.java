package org.argus.events.statement;

import java.util.Set;
import org.argus.model.EventType;
import org.argus.words.Words;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.type.refusal}: failing or declining to agree or to yield ("failed to reach an
 * agreement", list {@code events/failing-governors}), or saying one will not ("would not meet the
 * demands", a negated promise), is the refusal itself, as PLOVER codes it: a REJECT, not negated. A
 * plain "did not sign" stays a negated AGREE.
 */
final class Refusal implements Rule<EventDraft> {
    static final String ID = "event.type.refusal";
    private final Set<String> failing;

    Refusal(Words words) {
        this.failing = words.set("events/failing-governors");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        boolean promisedNot = d.negated && d.statedIntent == EventType.AGREE;
        boolean failed = d.negated && (d.type == EventType.AGREE || d.type == EventType.CONCEDE)
                && failing.contains(Intentions.complementOf(d.sentence, d.head));
        if (!failed && !promisedNot) {
            return false;
        }
        d.type = EventType.REJECT;
        d.negated = false;
        return true;
    }
}
