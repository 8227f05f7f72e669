package org.argus.events.governed;

import org.argus.events.Carriers;
import org.argus.rules.Rule;

/**
 * {@code event.governed.noun-phrase}: a nominal event in a phrase it does not head alone is checked as that
 * phrase: "suspend its mediation efforts", "pledge 20 million euros of aid" (the phrase the noun carries,
 * when that is no trigger itself), as the governing verb acts on it as a whole.
 */
final class NounPhrase implements Rule<GovernedDraft> {
    static final String ID = "event.governed.noun-phrase";
    private final Carriers carriers;

    NounPhrase(Carriers carriers) {
        this.carriers = carriers;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(GovernedDraft d) {
        if (!d.nominal) {
            return false;
        }
        int carrier = carriers.of(d.sentence, d.token);
        if (carrier == d.token || d.triggers(carrier)) {
            return false;
        }
        d.index = carrier;
        return true;
    }
}
