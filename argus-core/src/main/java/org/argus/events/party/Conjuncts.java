package org.argus.events.party;

import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.conjuncts}: every argument head brings its conjuncts: "Russia, Egypt and Jordan
 * support the general" (a relative pronoun first stands for its noun, {@code event.party.pronoun}).
 */
final class Conjuncts implements Rule<EventDraft> {
    static final String ID = "event.party.conjuncts";
    private final Parties parties;

    Conjuncts(Parties parties) {
        this.parties = parties;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        d.sourceHeads = parties.expand(d, d.sources);
        d.targetHeads = parties.expand(d, d.targets);
        return d.sourceHeads.size() > d.sources.size() || d.targetHeads.size() > d.targets.size();
    }
}
