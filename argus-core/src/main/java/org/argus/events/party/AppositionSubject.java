package org.argus.events.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.words.Words;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.apposition-subject}: an active verb left with no subject because the parser read
 * the noun phrases before it as an apposition or coordinate inside a fronted phrase ("With the signing
 * of an accord on the border, the government and the rebels agreed"): they are its subject when they
 * follow a comma, end right before the verb (its auxiliaries and negation aside, list {@code
 * events/negators}) and hang inside a prepositional phrase of the verb itself.
 */
final class AppositionSubject implements Rule<EventDraft> {
    static final String ID = "event.party.apposition-subject";
    private final Set<String> negators;

    AppositionSubject(Words words) {
        this.negators = words.set("events/negators");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (!d.sources.isEmpty() || d.passive) {
            return false;
        }
        d.sources.addAll(subject(d.sentence, d.head));
        return !d.sources.isEmpty();
    }

    private List<Integer> subject(Sentence s, int head) {
        int before = head - 1;
        for (Dependency up = s.parentOf(before); up != null && up.governor() == head && (up.baseRelation().startsWith("aux")
                || negators.contains(s.tokens().get(before).word().toLowerCase(Locale.ROOT))); up = s.parentOf(before)) {
            before--;
        }
        for (Dependency fronted : s.children(head)) {
            if (fronted.dependent() >= head || !fronted.baseRelation().equals("obl")) {
                continue;
            }
            for (int node : s.subtree(fronted.dependent())) {
                Dependency up = s.parentOf(node);
                String rel = up.baseRelation();
                if (!rel.equals("appos") && !rel.equals("conj") || !s.tokens().get(node).pos().startsWith("NN")) {
                    continue;
                }
                int first = s.subtree(node).get(0);
                if (first == 0 || !s.tokens().get(first - 1).word().equals(",")) {
                    continue;
                }
                List<Integer> phrase = new ArrayList<>(List.of(node));
                if (rel.equals("conj")) {
                    s.children(up.governor()).stream().filter(x -> x.dependent() > node && x.baseRelation().equals("conj"))
                            .forEach(x -> phrase.add(x.dependent()));
                }
                List<Integer> last = s.subtree(phrase.get(phrase.size() - 1));
                if (last.get(last.size() - 1) == before) {
                    return phrase;
                }
            }
        }
        return List.of();
    }
}
