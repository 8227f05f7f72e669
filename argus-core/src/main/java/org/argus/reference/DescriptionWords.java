package org.argus.reference;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Token;

/**
 * The words of a definite description: from its first word to its head noun (a preposition before
 * it left out: "on the court" is "the court"), where its own words start after a possessor ("Kenya's"
 * in "Kenya's top diplomat" is a country mention of its own), and the country its words name ("the
 * Kenyan minister"). Immutable.
 */
final class DescriptionWords {
    private final CountryWords countries;

    DescriptionWords(CountryWords countries) {
        this.countries = countries;
    }

    /** Sets the reference's first word, own first word and country, once. */
    void measure(Reference r) {
        if (r.first >= 0) {
            return;
        }
        Sentence s = r.sentence;
        List<Token> t = s.tokens();
        int h = r.head;
        int first = h;
        String country = null;
        Set<Integer> words = new HashSet<>(s.subtree(h));
        for (Dependency d : s.children(h)) {
            if (d.baseRelation().equals("case") || d.baseRelation().equals("punct")) {
                words.removeAll(s.subtree(d.dependent()));
            }
        }
        for (int i : words) {
            if (i < first) {
                first = i;
            }
            if (i != h) {
                String c = countries.countryOf(t.get(i).word());
                if (c != null) {
                    country = c;
                }
            }
        }
        int own = first;
        for (Dependency d : s.children(h)) {
            if (d.relation().equals("nmod:poss")) {
                for (int i : s.subtree(d.dependent())) {
                    own = Math.max(own, i + 1);
                }
            }
        }
        r.first = first;
        r.own = own;
        r.country = country;
    }
}
