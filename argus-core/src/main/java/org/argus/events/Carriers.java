package org.argus.events;

import java.util.Locale;
import java.util.Set;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Token;
import org.argus.words.Words;

/**
 * The phrase that carries a nominal event, and the object a verb acts on, seen through quantities:
 * "a mediation effort", "5 million dollars of aid", "delivered 40 tonnes of grain". The quantity nouns
 * are the list {@code events/quantity-nouns}. Immutable and thread-safe.
 */
public final class Carriers {
    private final Set<String> quantityNouns;

    public Carriers(Words words) {
        this.quantityNouns = words.set("events/quantity-nouns");
    }

    /**
     * The noun phrase that carries a nominal event's arguments: the event noun itself, or the common
     * noun it is a compound of ("a mediation effort"), or the quantity it measures ("dollars of aid",
     * "20 tonnes of food").
     */
    public int of(Sentence s, int head) {
        Dependency up = s.parentOf(head);
        if (up == null || up.governor() < 0 || !s.tokens().get(up.governor()).isNoun() || s.tokens().get(up.governor()).isProperNoun()) {
            return head;
        }
        int gov = up.governor();
        if (up.relation().equals("compound") && gov > head) {
            return gov;
        }
        if (up.relation().equals("nmod:of") && (quantity(s.tokens().get(gov))
                || s.children(gov).stream().anyMatch(d -> d.relation().equals("nummod")))) {
            return gov;
        }
        return head;
    }

    /**
     * Whether verb {@code head} has an object (or passive subject) whose lemma or word is {@code lemma},
     * or its plural where the lemmatizer keeps it ("troops"); the thing a quantity object measures is
     * the object ("delivered 40 tonnes of grain").
     */
    public boolean hasObject(Sentence s, int head, String lemma) {
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) {
                int object = d.dependent();
                if (quantity(s.tokens().get(object))) {
                    for (Dependency m : s.children(object)) {
                        if (m.relation().equals("nmod:of")) {
                            object = m.dependent();
                        }
                    }
                }
                Token o = s.tokens().get(object);
                String word = o.word().toLowerCase(Locale.ROOT);
                if (o.lemma().equalsIgnoreCase(lemma) || word.equals(lemma) || word.equals(lemma + "s")) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean quantity(Token t) {
        return quantityNouns.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
}
