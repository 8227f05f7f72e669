package org.argus.quotes.draft;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.ActorType;
import org.argus.model.Dependency;
import org.argus.model.Document;
import org.argus.model.Mention;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;

/**
 * Speaker resolution: which actor of the document the words of a speaker name. The speaker's phrase
 * is the noun phrase of its head (det, compound, flat, amod, possessive); an actor mentioned there is
 * the speaker; a relative pronoun ("who") is its antecedent's actor; a personal pronoun (he/she,
 * they/it) the latest actor of fitting type mentioned before the quote; a common noun ("the ministry",
 * "the spokesman") the name its appositive gives, else the latest actor before the quote whose name
 * or role holds the noun. Otherwise the reference keeps the phrase and has no actor. The one place
 * quotes resolve references (to be replaced by the shared resolver). Immutable once built.
 */
public final class Speakers {
    private static final Set<String> NP_RELATIONS = Set.of("det", "compound", "flat", "amod", "nmod:poss", "case",
            "nummod", "compound:prt");

    /** The pronoun lists: those naming a person ({@code quotes/person-pronouns}) and a group ({@code quotes/group-pronouns}). */
    public record Pronouns(Set<String> person, Set<String> group) {
        public Pronouns {
            person = Set.copyOf(person);
            group = Set.copyOf(group);
        }
    }

    private final Document doc;
    private final String text;
    private final Pronouns pronouns;

    Speakers(Document doc, Pronouns pronouns) {
        this.doc = doc;
        this.text = doc.text();
        this.pronouns = pronouns;
    }

    /** The speaker cue {@code cue} gives a quote starting at {@code quoteStart}; null when the cue has no speaker. */
    public ActorRef of(CueAt cue, int quoteStart) {
        if (cue.speakerHead() < 0) {
            return null;
        }
        Sentence s = cue.sentence();
        Token head = s.tokens().get(cue.speakerHead());
        Span span = phrase(s, cue.speakerHead());
        String words = span.of(text);
        Actor a = doc.actorAt(span);
        if (a != null) {
            return ref(a, span);
        }
        String lw = head.word().toLowerCase(Locale.ROOT);
        int before = Math.min(quoteStart, span.start());
        if (cue.antecedent() >= 0) {
            // "the senator, who said ...": the words stay "who", the actor is the senator's
            Actor antecedent = doc.actorAt(phrase(s, cue.antecedent()));
            return antecedent != null ? ref(antecedent, span) : new ActorRef(words, null, null, null, span);
        }
        if (head.pos().startsWith("PRP")) {
            Set<ActorType> types = pronouns.person().contains(lw) ? EnumSet.of(ActorType.PERSON)
                    : pronouns.group().contains(lw)
                    ? EnumSet.of(ActorType.ORGANIZATION, ActorType.GROUP, ActorType.COUNTRY) : EnumSet.noneOf(ActorType.class);
            Actor found = latestBefore(before, types, null);
            return found != null ? ref(found, span) : new ActorRef(words, null, null, null, span);
        }
        if (head.isNoun() && !head.isProperNoun()) {
            // "the head of the campaign, Tomas Varga, said": the appositive names the speaker
            for (Dependency d : s.children(cue.speakerHead())) {
                if (d.relation().equals("appos") && d.dependent() > cue.speakerHead()) {
                    Span name = phrase(s, d.dependent());
                    Span whole = new Span(span.start(), Math.max(span.end(), name.end()));
                    Actor named = doc.actorAt(name);
                    return named != null ? ref(named, whole) : new ActorRef(whole.of(text), null, null, null, whole);
                }
            }
            Actor found = latestBefore(before, EnumSet.allOf(ActorType.class), lw);
            if (found != null) {
                return ref(found, span);
            }
        }
        return new ActorRef(words, null, null, null, span);
    }

    /** A reference to actor {@code a} by the words at {@code span}. */
    public ActorRef ref(Actor a, Span span) {
        return new ActorRef(a.name(), a.id(), a.country(), a.sector(), span);
    }

    /**
     * The person mentioned in {@code range} where {@code quoted} does not hold, the last one when
     * {@code last} else the first, as a reference with the mention's own words; null when none is.
     */
    public ActorRef person(Span range, boolean last, Predicate<Span> quoted) {
        Mention best = null;
        Actor bestActor = null;
        for (Actor a : doc.actors()) {
            if (a.type() != ActorType.PERSON) {
                continue;
            }
            for (Mention m : a.mentions()) {
                if (range.contains(m.span()) && !quoted.test(m.span()) && (best == null
                        || (last ? m.span().start() > best.span().start() : m.span().start() < best.span().start()))) {
                    best = m;
                    bestActor = a;
                }
            }
        }
        return best == null ? null : ref(bestActor, best.span());
    }

    /** The person or organisation whose mention makes up (most of) a label ("Varga:"), or null. */
    public Actor labelled(Span label) {
        Actor a = doc.actorAt(label);
        if (a == null || a.type() != ActorType.PERSON && a.type() != ActorType.ORGANIZATION
                || a.mentions().stream().noneMatch(x -> x.span().start() >= label.start() && x.span().end() <= label.end()
                && x.span().length() * 2 >= label.length())) {
            return null;
        }
        return a;
    }

    /** The noun phrase of {@code head}: its det, compound, flat, amod, nummod and possessive dependents, contiguous. */
    public static Span phrase(Sentence s, int head) {
        int lo = head;
        int hi = head;
        List<Integer> stack = new ArrayList<>(List.of(head));
        while (!stack.isEmpty()) {
            int h = stack.remove(stack.size() - 1);
            for (Dependency d : s.children(h)) {
                if (NP_RELATIONS.contains(d.relation()) || d.relation().startsWith("flat")
                        || d.relation().startsWith("compound")) {
                    if (d.relation().equals("case") && !s.tokens().get(d.dependent()).word().startsWith("'")) {
                        continue;
                    }
                    lo = Math.min(lo, d.dependent());
                    hi = Math.max(hi, d.dependent());
                    stack.add(d.dependent());
                }
            }
        }
        return new Span(s.tokens().get(lo).span().start(), s.tokens().get(hi).span().end());
    }

    /** The actor of one of {@code types} (whose name or role holds {@code noun}, when given) mentioned last before {@code offset}. */
    private Actor latestBefore(int offset, Set<ActorType> types, String noun) {
        Actor best = null;
        int bestEnd = -1;
        for (Actor a : doc.actors()) {
            if (!types.contains(a.type())) {
                continue;
            }
            if (noun != null) {
                String n = noun.toLowerCase(Locale.ROOT);
                String name = a.name().toLowerCase(Locale.ROOT);
                String role = a.role() == null ? "" : a.role().toLowerCase(Locale.ROOT);
                if (!(name.contains(n) || role.contains(n))) {
                    continue;
                }
            }
            for (Mention m : a.mentions()) {
                if (m.span().end() <= offset && m.span().end() > bestEnd) {
                    best = a;
                    bestEnd = m.span().end();
                }
            }
        }
        return best;
    }
}
