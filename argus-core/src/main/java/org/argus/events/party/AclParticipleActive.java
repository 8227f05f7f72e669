package org.argus.events.party;

import org.argus.model.Dependency;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.acl-participle-active}: a past participle the parser hung on a noun that has an
 * object of its own is active, and the noun is its subject: "volunteers from church groups donated
 * food", read as "groups donated". Runs before {@code event.party.acl-participle-passive}.
 */
final class AclParticipleActive implements Rule<EventDraft> {
    static final String ID = "event.party.acl-participle-active";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        Dependency up = d.sentence.parentOf(d.head);
        if (up == null || up.governor() < 0 || !up.baseRelation().equals("acl") || !d.token.pos().equals("VBN") || !d.sources.isEmpty()
                || d.sentence.children(d.head).stream().noneMatch(x -> x.relation().equals("obj"))) {
            return false;
        }
        d.sources.add(up.governor());
        return true;
    }
}
