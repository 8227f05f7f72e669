package org.argus.events.governed;

import java.util.Locale;
import java.util.Set;
import org.argus.words.Words;
import org.argus.rules.Rule;

/**
 * {@code event.governed.proposal}: an event noun that is what a proposal offers is not held: "rejected an
 * offer of direct talks" (the noun modifies one of the list {@code events/proposals}).
 */
final class Proposed implements Rule<GovernedDraft> {
    static final String ID = "event.governed.proposal";
    private final Set<String> proposals;

    Proposed(Words words) {
        this.proposals = words.set("events/proposals");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(GovernedDraft d) {
        return d.referred() && d.up() != null && d.rel().equals("nmod")
                && proposals.contains(d.governor().lemma().toLowerCase(Locale.ROOT)) && d.suppress();
    }
}
