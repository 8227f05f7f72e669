package org.argus.events.trigger;

import org.argus.events.Carriers;
import org.argus.events.Lexicon;
import org.argus.rules.Rule;

/**
 * {@code event.trigger.verb-object}: a verb whose sense its object decides (lexicon rows
 * {@code verb>object}): "met the demands" yields (CONCEDE), "met the deadline" is no event (a row of
 * type {@code -}). The first such row whose object the verb has decides, before any other sense.
 */
final class VerbByObject implements Rule<TriggerDraft> {
    static final String ID = "event.trigger.verb-object";
    private final Carriers carriers;

    VerbByObject(Carriers carriers) {
        this.carriers = carriers;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(TriggerDraft d) {
        if (!d.token.isVerb()) {
            return false;
        }
        for (Lexicon.Entry e : d.verbs()) {
            if (e.object() != null && carriers.hasObject(d.sentence, d.token.index(), e.object())) {
                d.trigger = e.type() == null ? null : d.of(e);
                return true;
            }
        }
        return false;
    }
}
