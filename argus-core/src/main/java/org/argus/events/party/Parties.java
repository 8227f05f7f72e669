package org.argus.events.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argus.events.EventDraft;
import org.argus.events.TimeWords;
import org.argus.grammar.Phrases;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.Dependency;
import org.argus.model.Document;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.words.Words;

/**
 * Argument heads to parties. A head is expanded to its conjuncts (a relative pronoun first to its
 * noun), and resolved to the actor its phrase names ("Russia's foreign ministry"), else the actor
 * named nearest inside its fuller phrase ("forces loyal to X", "the army of X"), else the actor a
 * pronoun stands for ({@link PronounParty}), else its own words; a share stands for the group it is
 * of ("one third of the guerrillas", list {@code events/shares}); dates and acts are never a party.
 * Immutable and thread-safe.
 */
public final class Parties {
    private final PronounParty pronouns;
    private final TimeWords time;
    private final Set<String> shares;
    private final Set<String> actingParticiples;

    Parties(Words words, PronounParty pronouns, TimeWords time) {
        this.pronouns = pronouns;
        this.time = time;
        this.shares = words.set("events/shares");
        this.actingParticiples = words.set("events/acting-participles");
    }

    /** Resolves the draft's argument heads to its source and target parties. */
    public void resolve(EventDraft d) {
        d.source = refs(d, d.sourceHeads);
        d.target = refs(d, d.targetHeads);
    }

    /** The heads with relative pronouns replaced by their nouns, each followed by its conjuncts; a pronoun replaced is traced. */
    List<Integer> expand(EventDraft d, List<Integer> heads) {
        return expand(d, heads, true);
    }

    /** As {@link #expand(EventDraft, List)}, tracing a replaced pronoun only when {@code trace}. */
    List<Integer> expand(EventDraft d, List<Integer> heads, boolean trace) {
        List<Integer> out = new ArrayList<>();
        for (int head : heads) {
            int h = pronouns.relative(d.sentence, head);
            if (h != head && trace) {
                traced(d);
            }
            out.add(h);
            out.addAll(Phrases.conjuncts(d.sentence, h));
        }
        return out;
    }

    /** The parties at {@code heads}, one per actor; a pronoun resolved is traced on the draft. */
    List<ActorRef> refs(EventDraft d, List<Integer> heads) {
        return refs(d, heads, true);
    }

    /** Whether one of {@code heads} names an actor (nothing is traced). */
    boolean names(EventDraft d, List<Integer> heads) {
        return EventDraft.namesActor(refs(d, heads, false));
    }

    /** The parties at {@code heads}, nothing traced. */
    List<ActorRef> untraced(EventDraft d, List<Integer> heads) {
        return refs(d, heads, false);
    }

    private List<ActorRef> refs(EventDraft d, List<Integer> heads, boolean trace) {
        Document doc = d.doc;
        Sentence s = d.sentence;
        List<ActorRef> out = new ArrayList<>();
        for (int h : heads) {
            if (time.is(s.tokens().get(h)) || s.tokens().get(h).isVerb()) {
                continue; // "agreed on Saturday"; "the hype about trying to suspend rights": an act is no party
            }
            h = partitive(s, h);
            Span phrase = Phrases.core(s, h, actingParticiples);
            Actor actor = d.actors.at(phrase);
            if (actor == null) {
                actor = Nearest.actor(d.actors::at, s, h, Phrases.full(s, h, actingParticiples));
            }
            if (actor == null) {
                actor = pronouns.personal(doc, s, h);
                if (actor != null && trace) {
                    traced(d);
                }
            }
            ActorRef ref = actor != null
                    ? new ActorRef(actor.name(), actor.id(), actor.country(), actor.sector(), phrase)
                    : new ActorRef(phrase.of(doc.text()), null, null, null, phrase);
            if (out.stream().noneMatch(r -> r.actorId() != null && r.actorId().equals(ref.actorId()))) {
                out.add(ref);
            }
        }
        return out;
    }

    private void traced(EventDraft d) {
        if (!d.pronounResolved) {
            d.pronounResolved = true;
            d.trace.add(PronounParty.ID);
        }
    }

    /** The group a share of it stands for: "one third of the guerrillas", "tens of thousands of students". */
    private int partitive(Sentence s, int h) {
        Token t = s.tokens().get(h);
        if (!t.pos().equals("CD") && !shares.contains(t.word().toLowerCase(Locale.ROOT))) {
            return h;
        }
        for (Dependency d : s.children(h)) {
            if (d.relation().equals("nmod:of")) {
                return partitive(s, d.dependent());
            }
        }
        return h;
    }

    /** The full phrase of {@code head} ({@link Phrases#full}) with this stage's acting participles. */
    Span fullPhrase(Sentence s, int head) {
        return Phrases.full(s, head, actingParticiples);
    }
}
