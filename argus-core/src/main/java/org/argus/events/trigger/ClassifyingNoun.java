package org.argus.events.trigger;

import java.util.Locale;
import java.util.Set;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Token;
import org.argus.rules.Rule;
import org.argus.words.Words;

/**
 * {@code event.trigger.noun-classifier}: an event noun that only classifies the noun it is a compound
 * of names a thing, and reports no event: "aid groups", "attack helicopters", "protest leaders". Not
 * when the head still names the event (list {@code events/event-carrying-heads}: "a mediation effort",
 * "an aid shipment") or is an event noun itself ("ceasefire agreement").
 */
final class ClassifyingNoun implements Rule<TriggerDraft> {
    static final String ID = "event.trigger.noun-classifier";
    private final Set<String> carryingHeads;

    ClassifyingNoun(Words words) {
        this.carryingHeads = words.set("events/event-carrying-heads");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(TriggerDraft d) {
        if (!d.commonNoun() || d.nouns().isEmpty()) {
            return false;
        }
        Sentence s = d.sentence;
        int index = d.token.index();
        Dependency up = s.parentOf(index);
        if (up == null || up.governor() <= index || !up.relation().equals("compound")) {
            return false;
        }
        Token head = s.tokens().get(up.governor());
        if (!head.isNoun() || head.isProperNoun()) {
            return false;
        }
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        if (carryingHeads.contains(lemma) || !d.lexicon().nouns(lemma).isEmpty()) {
            return false;
        }
        d.trigger = null;
        return true;
    }
}
