package org.argus.events.statement;

import java.util.Locale;
import java.util.Set;
import org.argus.model.Dependency;
import org.argus.model.Event;
import org.argus.model.Sentence;
import org.argus.model.Token;
import org.argus.words.Words;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.modality.intended}: an event announced, wanted or in the future is INTENDED: a future
 * auxiliary on its clause chain ("will attack", list {@code events/future-auxiliaries}) or a verb or
 * adjective of intent it is the complement of ("plans to impose", "is ready to sign", list {@code
 * events/intent-governors}).
 */
final class Intended implements Rule<EventDraft> {
    static final String ID = "event.modality.intended";
    private final Set<String> future;
    private final Set<String> intent;

    Intended(Words words) {
        this.future = words.set("events/future-auxiliaries");
        this.intent = words.set("events/intent-governors");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        Sentence s = d.sentence;
        ModalWalk walk = ModalWalk.of(s, d.head);
        boolean intended = false;
        for (int node : walk.clauses()) {
            for (Dependency x : s.children(node)) {
                intended |= x.baseRelation().equals("aux") && future.contains(s.tokens().get(x.dependent()).word().toLowerCase(Locale.ROOT));
            }
        }
        for (int g : walk.governors()) {
            Token governor = s.tokens().get(g);
            intended |= intent.contains(governor.lemma().toLowerCase(Locale.ROOT)) || intent.contains(governor.word().toLowerCase(Locale.ROOT));
        }
        if (!intended) {
            return false;
        }
        d.modality = Event.Modality.INTENDED;
        return true;
    }
}
