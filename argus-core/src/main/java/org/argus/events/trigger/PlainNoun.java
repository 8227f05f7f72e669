package org.argus.events.trigger;

import org.argus.events.Lexicon;
import org.argus.rules.Rule;

/**
 * {@code event.trigger.noun}: a common noun by its lemma, else its word ("talks"): the first lexicon row
 * with no modifier.
 */
final class PlainNoun implements Rule<TriggerDraft> {
    static final String ID = "event.trigger.noun";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(TriggerDraft d) {
        if (!d.commonNoun()) {
            return false;
        }
        for (Lexicon.Entry e : d.nouns()) {
            if (e.particle() == null) {
                d.trigger = d.of(e);
                return true;
            }
        }
        return false;
    }
}
