package org.argus.actors.describe;

import java.util.List;
import java.util.Locale;
import org.argus.actors.ActorKnowledge;
import org.argus.actors.cast.Reading;
import org.argus.actors.cast.TokenText;
import org.argus.actors.cast.Titles;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.reference.Roles;
import org.argus.rules.Rule;

/**
 * {@code actor.describe.apposition}: a description the parse ties to a named person by apposition is a
 * mention of that person: "Okoro, the northern commander," and "the northern commander, Amina Okoro".
 * A title ("commander", "the UN envoy") gives a missing role and sector, read as the words before a
 * name; a nationality in it ("Kenya's best-known activist") a missing country. Only a title or a noun
 * for one person describes a person: not "the internationally recognised government".
 */
final class Apposition implements Rule<Reading> {
    static final String ID = "actor.describe.apposition";

    private final ActorKnowledge knowledge;
    private final Roles roles;
    private final Titles titles;

    Apposition(ActorKnowledge knowledge, Roles roles, Titles titles) {
        this.knowledge = knowledge;
        this.roles = roles;
        this.titles = titles;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.origin != Reading.Origin.PERSON || r.entity == null) {
            return false;
        }
        Sentence s = r.sentence;
        List<Token> t = s.tokens();
        int firstName = r.entity.firstToken();
        int head = r.entity.lastToken();
        int described = -1;
        for (Dependency d : s.children(head)) {
            if (d.baseRelation().equals("appos") && isCommonNoun(t.get(d.dependent()))) {
                described = d.dependent();
            }
        }
        Dependency up = s.parentOf(head);
        if (described < 0 && up != null && up.governor() >= 0 && up.baseRelation().equals("appos")
                && isCommonNoun(t.get(up.governor()))) {
            described = up.governor();
        }
        if (described < 0 || !roles.isTitleWord(t.get(described).word()) && !titles.isDescribingNoun(t.get(described).lemma())
                || roles.isOrganisationNoun(t.get(described).word())) {
            return false;
        }
        int first = described;
        for (int i : s.subtree(described)) {
            if (i < first && (i < firstName || i > head)) {
                first = i;
            }
        }
        // the description's own words, up to its head noun; never across the name
        if (first <= head && described >= firstName) {
            first = Math.max(first, head + 1);
        }
        if (first > described) {
            return false;
        }
        int end = described;
        if (described < firstName) {
            // "the head of the rival government, Tomas Berg": the modifiers up to the name
            for (int i : s.subtree(described)) {
                if (i > end && i < firstName && Character.isLetterOrDigit(t.get(i).word().charAt(0))) {
                    end = i;
                }
            }
        }
        String text = TokenText.asWritten(t, first, end);
        // the title words ending at the head noun, read as before a name: "the UN envoy" is IGO, "envoy"
        Titles.Title title = roles.sector(t.get(described).word()) == null ? Titles.Title.NONE : titles.before(s, described + 1);
        r.described.add(new Reading.Described(text, new Span(t.get(first).span().start(), t.get(end).span().end()),
                title.country() != null ? title.country() : nationality(s, described), title.sector(), title.role(), List.of(ID)));
        return true;
    }

    private static boolean isCommonNoun(Token t) {
        return t.isNoun() && !t.isProperNoun();
    }

    /**
     * The country a description's own words give its head noun: a possessive country ("Algeria's
     * leading activist") or a nationality word ("a Kenyan journalist"); null when none or an
     * organisation is named.
     */
    private String nationality(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            String rel = d.relation();
            if (!rel.equals("nmod:poss") && !rel.equals("amod") && !rel.equals("compound")) {
                continue;
            }
            int start = d.dependent();
            for (Dependency c : s.children(d.dependent())) {
                if ((c.relation().equals("compound") || c.relation().equals("flat")) && c.dependent() < start) {
                    start = c.dependent();
                }
            }
            ActorKnowledge.Entry known = knowledge.lookup(TokenText.joined(s.tokens(), start, d.dependent()));
            if (known != null && known.country() != null && known.kind() != ActorKnowledge.Kind.ORGANIZATION) {
                return known.country();
            }
        }
        return null;
    }
}
