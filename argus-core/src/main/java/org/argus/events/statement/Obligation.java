package org.argus.events.statement;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argus.grammar.Clauses;
import org.argus.model.ActorRef;
import org.argus.model.Dependency;
import org.argus.model.Event;
import org.argus.model.EventType;
import org.argus.model.Sentence;
import org.argus.words.Words;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.type.obligation}: what a speaker says another must do is the speaker's demand on them:
 * "Kenya said Uganda must withdraw its troops" is a REQUEST from Kenya to Uganda, REPORTED. An
 * auxiliary of obligation on the clause chain (list {@code events/obligation-auxiliaries}) or a verb
 * of necessity it is the complement of ("has to", list {@code events/obligation-governors}); not when
 * the speaker is among the sources.
 */
final class Obligation implements Rule<EventDraft> {
    static final String ID = "event.type.obligation";
    private final Set<String> auxiliaries;
    private final Set<String> governors;

    Obligation(Words words) {
        this.auxiliaries = words.set("events/obligation-auxiliaries");
        this.governors = words.set("events/obligation-governors");
    }

    /** Whether the event's clause says it must be done: "must withdraw", "should be ready to mediate", "has to leave". */
    private boolean obliged(Sentence s, int head) {
        int node = Clauses.of(s, head);
        for (int depth = 0; depth < 4 && node >= 0; depth++) {
            for (Dependency x : s.children(node)) {
                if (x.baseRelation().equals("aux") && auxiliaries.contains(s.tokens().get(x.dependent()).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            Dependency up = s.parentOf(node);
            if (up == null || up.governor() < 0 || !up.baseRelation().equals("xcomp")) {
                return false;
            }
            if (governors.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            node = up.governor();
        }
        return false;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        ActorRef speaker = d.attribution;
        if (speaker == null || d.source.isEmpty() || !obliged(d.sentence, d.head)
                || d.source.stream().anyMatch(r -> r.actorId() != null && r.actorId().equals(speaker.actorId()))) {
            return false;
        }
        d.type = EventType.REQUEST;
        d.target = d.source;
        d.source = List.of(speaker);
        d.modality = Event.Modality.REPORTED;
        return true;
    }
}
