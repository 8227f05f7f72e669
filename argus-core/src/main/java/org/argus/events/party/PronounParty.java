package org.argus.events.party;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.argus.model.Actor;
import org.argus.model.ActorType;
import org.argus.model.Dependency;
import org.argus.model.Document;
import org.argus.model.Sentence;
import org.argus.model.Token;
import org.argus.grammar.Phrases;
import org.argus.rules.Unit;
import org.argus.words.Words;

/**
 * {@code event.party.pronoun}: the events stage's reading of pronouns, in one place. A relative
 * pronoun stands for the noun its clause modifies ("Turkey, which backs X"); a personal pronoun
 * ({@code events/pronouns}, with the actor types each can name) for the latest fitting actor before
 * it in its sentence, the subject of a clause above it, a person its sentence describes, or the
 * subject of one of the {@value #ANTECEDENT_SENTENCES} sentences before. {@link Parties} calls it
 * while resolving arguments and traces it on the event when it resolves one. (The shared reference
 * resolver, {@code org.argus.reference}, is to replace it.) Immutable and thread-safe.
 */
final class PronounParty implements Unit {
    static final String ID = "event.party.pronoun";
    /** How many sentences back a pronoun's antecedent is looked for (its own sentence included). */
    static final int ANTECEDENT_SENTENCES = 2;

    private final Map<String, Set<ActorType>> types = new HashMap<>();
    private final Set<String> actingParticiples;

    PronounParty(Words words) {
        words.table("events/pronouns").forEach((pronoun, names) -> {
            Set<ActorType> set = EnumSet.noneOf(ActorType.class);
            for (String name : names.split("\\s+")) {
                set.add(ActorType.valueOf(name));
            }
            types.put(pronoun, Set.copyOf(set));
        });
        this.actingParticiples = words.set("events/acting-participles");
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * The noun a relative pronoun ("which", "who", "that") stands for: the noun its relative clause
     * modifies, or, for "who" or "which" right after a comma and a noun whose clause the parser hung
     * elsewhere, that noun. Else {@code index} itself.
     */
    int relative(Sentence s, int index) {
        String w = s.tokens().get(index).word().toLowerCase(Locale.ROOT);
        if (!w.equals("which") && !w.equals("who") && !w.equals("that")) {
            return index;
        }
        Dependency up = s.parentOf(index);
        if (up == null || up.governor() < 0) {
            return index;
        }
        Dependency clause = s.parentOf(up.governor());
        if (clause != null && clause.governor() >= 0 && clause.relation().startsWith("acl:relcl")) {
            return clause.governor();
        }
        boolean afterNoun = index >= 2 && s.tokens().get(index - 1).word().equals(",") && s.tokens().get(index - 2).isNoun();
        return afterNoun && !w.equals("that") ? index - 2 : index;
    }

    /**
     * The actor a personal pronoun argument names: the latest actor of a fitting type mentioned before
     * it in its sentence ("The rebels said they would release ..."), else the subject of one of the
     * sentences before (the nearest first), else the latest actor of a fitting type there. Null for
     * other words, or when no such actor is near.
     */
    Actor personal(Document doc, Sentence s, int h) {
        Token t = s.tokens().get(h);
        Set<ActorType> fits = types.get(t.word().toLowerCase(Locale.ROOT));
        if (fits == null || !t.pos().startsWith("PRP")) {
            return null;
        }
        Dependency role = s.parentOf(h);
        Dependency clauseUp = role == null || role.governor() < 0 ? null : s.parentOf(role.governor());
        if (clauseUp != null && clauseUp.governor() >= 0 && role.baseRelation().startsWith("nsubj")) {
            Actor bound = subjectAbove(doc, s, clauseUp.governor(), fits);
            if (bound != null) {
                return bound; // "X refused to meet Y, saying she would ...": she is X
            }
        }
        Actor here = doc.latestActorBetween(s.span().start(), t.span().start(), fits);
        Actor ownSubject = role != null && role.governor() >= 0 && role.baseRelation().equals("obj")
                ? subjectAbove(doc, s, role.governor(), fits) : null;
        if (here != null && here.equals(ownSubject)) {
            // "she would only receive him": an object pronoun is not its own clause's subject
            here = doc.latestActorBetween(s.span().start(), t.span().start(), fits, here);
        }
        if (here != null) {
            return here;
        }
        if (fits.contains(ActorType.PERSON)) {
            Actor described = describedSubject(doc, s, h);
            if (described != null) {
                return described; // "A senior Kenyan minister repeated ... as he left"
            }
        }
        List<Sentence> all = doc.annotation().sentences();
        for (int k = 1; k <= ANTECEDENT_SENTENCES && s.index() - k >= 0 && s.index() - k < all.size(); k++) {
            Sentence p = all.get(s.index() - k);
            // the subject of an earlier sentence is what a pronoun subject most often continues
            for (Dependency d : p.dependencies()) {
                if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
                    Actor a = doc.actorAt(p.tokens().get(d.dependent()).span());
                    if (a != null && fits.contains(a.type())) {
                        return a;
                    }
                }
            }
            Actor latest = doc.latestActorBetween(p.span().start(), p.span().end(), fits);
            if (latest != null) {
                return latest;
            }
        }
        return null;
    }

    /**
     * The actor of the nearest subject of a fitting type on the clauses from {@code clause} up (four
     * levels), resolving a pronoun subject in turn: the speaker whose clause a pronoun subject sits in
     * is who it most often stands for. Null when none of those subjects is such an actor.
     */
    private Actor subjectAbove(Document doc, Sentence s, int clause, Set<ActorType> fits) {
        for (int node = clause, depth = 0; node >= 0 && depth < 4; depth++) {
            for (Dependency d : s.children(node)) {
                if (d.baseRelation().startsWith("nsubj")) {
                    Token subject = s.tokens().get(d.dependent());
                    Actor a = doc.actorAt(subject.span());
                    if (a == null && types.containsKey(subject.word().toLowerCase(Locale.ROOT))) {
                        a = personal(doc, s, d.dependent());
                    }
                    if (a != null && fits.contains(a.type())) {
                        return a;
                    }
                }
            }
            Dependency up = s.parentOf(node);
            node = up == null ? -1 : up.governor();
        }
        return null;
    }

    /**
     * The actor of a person the sentence describes rather than names, as subject of a clause that holds
     * pronoun {@code h}: a singular common noun before it whose phrase names a state or group ("a
     * senior British minister": the United Kingdom). Null when there is none.
     */
    private Actor describedSubject(Document doc, Sentence s, int h) {
        for (Dependency up = s.parentOf(h); up != null && up.governor() >= 0; up = s.parentOf(up.governor())) {
            for (Dependency d : s.children(up.governor())) {
                int n = d.dependent();
                if (d.relation().equals("nsubj") && n < h && s.tokens().get(n).pos().equals("NN")) {
                    Actor a = Nearest.actor(doc::actorAt, s, n, Phrases.full(s, n, actingParticiples));
                    if (a != null) {
                        return a;
                    }
                }
            }
        }
        return null;
    }
}
