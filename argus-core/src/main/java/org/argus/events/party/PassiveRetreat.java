package org.argus.events.party;

import java.util.List;
import org.argus.model.EventType;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.passive-retreat}: a retreat in the passive with no agent ("the troops were
 * withdrawn from the border"): those withdrawn are the retreating side, its source, and the place left
 * is the target.
 */
final class PassiveRetreat implements Rule<EventDraft> {
    static final String ID = "event.party.passive-retreat";
    private final ArgumentRoles roles;

    PassiveRetreat(ArgumentRoles roles) {
        this.roles = roles;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (!d.passive || !d.sources.isEmpty() || !d.trigger.is(EventType.RETREAT)) {
            return false;
        }
        List<Integer> retreating = d.targets.stream().filter(i -> d.sentence.parentOf(i).relation().equals("nsubj:pass")).toList();
        d.sources.addAll(retreating);
        d.targets.removeAll(retreating);
        boolean fired = !retreating.isEmpty();
        if (d.targets.isEmpty()) {
            ArgumentRoles.Found left = roles.prepositional(d.sentence, d.head);
            if (left != null) {
                d.targets.addAll(left.heads());
                fired = true;
            }
        }
        return fired;
    }
}
