package org.argus.events.trigger;

import org.argus.events.Lexicon;
import org.argus.rules.Rule;

/**
 * {@code event.trigger.verb}: a verb by its lemma alone (lexicon rows with no particle and no object; the
 * last such row).
 */
final class PlainVerb implements Rule<TriggerDraft> {
    static final String ID = "event.trigger.verb";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(TriggerDraft d) {
        if (!d.token.isVerb()) {
            return false;
        }
        Lexicon.Entry plain = null;
        for (Lexicon.Entry e : d.verbs()) {
            if (e.object() == null && e.particle() == null) {
                plain = e;
            }
        }
        if (plain == null) {
            return false;
        }
        d.trigger = d.of(plain);
        return true;
    }
}
