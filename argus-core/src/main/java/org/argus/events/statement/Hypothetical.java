package org.argus.events.statement;

import java.util.Locale;
import java.util.Set;
import org.argus.model.Dependency;
import org.argus.model.Event;
import org.argus.model.Sentence;
import org.argus.words.Words;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.modality.hypothetical}: an event under a condition ("if talks fail", "will withdraw
 * unless X agrees": a marker or an adverbial clause of the list {@code events/conditions}) or a modal
 * of possibility ("could attack", list {@code events/possibility-auxiliaries}), on its clause chain
 * ({@link ModalWalk}), is HYPOTHETICAL.
 */
final class Hypothetical implements Rule<EventDraft> {
    static final String ID = "event.modality.hypothetical";
    private final Set<String> conditions;
    private final Set<String> possibility;

    Hypothetical(Words words) {
        this.conditions = words.set("events/conditions");
        this.possibility = words.set("events/possibility-auxiliaries");
    }

    private boolean conditioned(Sentence s, int clause) {
        for (Dependency x : s.children(clause)) {
            if (x.relation().equals("mark") && conditions.contains(s.tokens().get(x.dependent()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        Sentence s = d.sentence;
        for (int node : ModalWalk.of(s, d.head).clauses()) {
            for (Dependency x : s.children(node)) {
                String w = s.tokens().get(x.dependent()).word().toLowerCase(Locale.ROOT);
                if (x.relation().equals("mark") && conditions.contains(w) || x.baseRelation().equals("advcl") && conditioned(s, x.dependent())
                        || x.baseRelation().equals("aux") && possibility.contains(w)) {
                    d.modality = Event.Modality.HYPOTHETICAL;
                    return true;
                }
            }
        }
        return false;
    }
}
