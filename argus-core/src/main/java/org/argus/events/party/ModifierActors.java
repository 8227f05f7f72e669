package org.argus.events.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.argus.model.ActorRef;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.words.Words;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.modifier-actors}: when no target names an actor ("lifted the curfew in X",
 * "released the fishermen from X"), the actors named by prepositional modifiers (list {@code
 * events/modifier-prepositions}) of the objects, of the predicate, of its purpose's verb or of the
 * verb an object hangs on are added as targets. It may be the source's own country: a government's
 * concession at home is coded so in PLOVER.
 */
final class ModifierActors implements Rule<EventDraft> {
    static final String ID = "event.party.modifier-actors";
    private final Set<String> prepositions;
    private final Purposes purposes;
    private final Parties parties;

    ModifierActors(Words words, Purposes purposes, Parties parties) {
        this.prepositions = words.set("events/modifier-prepositions");
        this.purposes = purposes;
        this.parties = parties;
    }

    /** Adds to {@code out} each actor of {@code found} not in it yet; whether it added one. */
    private static boolean added(EventDraft d, List<ActorRef> found, List<ActorRef> out) {
        boolean any = false;
        for (ActorRef r : found) {
            if (r.actorId() != null && out.stream().noneMatch(x -> r.actorId().equals(x.actorId()))) {
                out.add(r);
                any = true;
            }
        }
        return any;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (EventDraft.namesActor(d.target)) {
            return false;
        }
        Sentence s = d.sentence;
        List<Integer> modifiers = new ArrayList<>();
        List<Integer> predicates = new ArrayList<>(List.of(d.head));
        int purpose = purposes.of(s, d.head);
        if (purpose >= 0) {
            predicates.add(purpose);
        }
        for (int o : d.targets) {
            for (Dependency x : s.children(o)) {
                if (x.relation().startsWith("nmod:") && prepositions.contains(x.relation().substring(5))) {
                    modifiers.add(x.dependent());
                }
            }
            Dependency up = s.parentOf(o);
            if (up != null && up.governor() >= 0 && up.governor() != d.head && !predicates.contains(up.governor())) {
                predicates.add(up.governor());
            }
        }
        for (int p : predicates) {
            for (Dependency x : s.children(p)) {
                if (x.relation().startsWith("obl:") && prepositions.contains(x.relation().substring(4))) {
                    modifiers.add(x.dependent());
                }
            }
        }
        if (!added(d, parties.untraced(d, parties.expand(d, modifiers, false)), new ArrayList<>(d.target))) {
            return false;
        }
        List<ActorRef> out = new ArrayList<>(d.target);
        added(d, parties.refs(d, parties.expand(d, modifiers)), out);
        d.target = out;
        return true;
    }
}
