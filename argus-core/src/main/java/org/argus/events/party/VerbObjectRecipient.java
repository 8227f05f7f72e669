package org.argus.events.party;

import java.util.ArrayList;
import java.util.List;
import org.argus.model.Dependency;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.verb-object-recipient}: a nominal event that is the object of a verb is aimed
 * first at that verb's recipients: "provided support to the rebels", "gave Chad aid", and for a
 * mediation the parties it is "between" ("launched a mediation effort on Saturday between X and Y").
 */
final class VerbObjectRecipient implements Rule<EventDraft> {
    static final String ID = "event.party.verb-object-recipient";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        Dependency up = d.sentence.parentOf(d.carrier);
        if (up == null || up.governor() < 0 || !up.baseRelation().equals("obj")) {
            return false;
        }
        List<Integer> recipients = new ArrayList<>();
        for (Dependency x : d.sentence.children(up.governor())) {
            if (x.relation().equals("iobj") || x.relation().equals("obl:to")) {
                recipients.add(x.dependent());
            } else if (d.trigger.mediation() && (x.relation().equals("obl:between") || x.relation().equals("obl:among"))) {
                recipients.add(x.dependent());
            }
        }
        d.targets.addAll(0, recipients);
        return !recipients.isEmpty();
    }
}
