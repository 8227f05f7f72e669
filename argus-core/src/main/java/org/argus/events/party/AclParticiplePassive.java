package org.argus.events.party;

import org.argus.model.Dependency;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.acl-participle-passive}: a past participle modifying a noun makes that noun its
 * target, acted on, and the verb passive: "troops supported by Chad", "Iran-backed militias". The noun
 * is kept for {@code event.party.hyphen-backed}.
 */
final class AclParticiplePassive implements Rule<EventDraft> {
    static final String ID = "event.party.acl-participle-passive";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        Dependency up = d.sentence.parentOf(d.head);
        if (up == null || up.governor() < 0 || !(up.baseRelation().equals("acl") || up.baseRelation().equals("amod"))
                || !d.token.pos().equals("VBN")) {
            return false;
        }
        d.targets.add(up.governor());
        d.passive = true;
        d.participleNoun = up.governor();
        return true;
    }
}
