package org.argus.events.party;

import java.util.Set;
import org.argus.grammar.Phrases;
import org.argus.model.Dependency;
import org.argus.words.Words;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.hyphen-backed}: the X of "X-backed militias" is the source of the participle
 * (after {@code event.party.acl-participle-passive}): the word before a hyphen, however the parser
 * hung it (relations of the list {@code events/hyphen-prefix-relations}).
 */
final class HyphenBacked implements Rule<EventDraft> {
    static final String ID = "event.party.hyphen-backed";
    private final Set<String> prefixRelations;

    HyphenBacked(Words words) {
        this.prefixRelations = words.set("events/hyphen-prefix-relations");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (d.participleNoun < 0) {
            return false;
        }
        boolean fired = false;
        for (Dependency x : d.sentence.children(d.head)) {
            if (x.dependent() < d.head && prefixRelations.contains(x.baseRelation())
                    && Phrases.hyphenBetween(d.sentence, x.dependent(), d.head)) {
                d.sources.add(x.dependent());
                fired = true;
            }
        }
        return fired;
    }
}
