package org.argus.events.cameo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Token;

/**
 * Matches a verb of a dependency-parsed sentence against PETRARCH2's CAMEO patterns. The verb's entry
 * is found by lemma or word form (a multi-word verb, "call off", when its other words are dependents
 * of the verb; it wins over the verb alone); every usable pattern of its block is tried on the verb's
 * {@link Frame}, and the most specific one that matches wins (a tie goes to the later pattern, as a
 * later pattern with the same slots replaces an earlier one in PETRARCH2). With no pattern, the verb's
 * own code applies. Each pattern element must bind a different token:
 * <ul>
 * <li>an item before {@code *}: a subject-side head (in the passive, the {@code by} agent);</li>
 * <li>an item after {@code *}: a nominal object (in the passive, the grammatical subject) or, for a word
 * (not a marker), also a particle, adverb or non-finite complement of the verb;</li>
 * <li>{@code (PREP NP)}: a dependent {@code obl:prep} of the verb or {@code nmod:prep} of a bound or
 * nominal object (of a subject, for a phrase before {@code *}) whose head says NP; {@code (PREP)}: any;</li>
 * <li>{@code $} and {@code +}: any such head, which becomes the source or the target.</li>
 * </ul>
 * Source and target otherwise default to the subject side and the nominal objects a pattern word did
 * not consume, else the phrase of a bare preposition ({@code (WITH)}); a passive-only code
 * ({@code [:173]}) makes the subject the target. Negation, modality and PETRARCH's transformations are
 * not applied: the caller's grammar handles them. Immutable and thread-safe.
 */
public final class CameoMatcher {
    /** Verb-tagged words that head no verb phrase: auxiliaries, prepositions ("according to"), participles modifying nouns. */
    private static final Set<String> NOT_PREDICATES = Set.of("aux", "aux:pass", "cop", "case", "mark", "fixed", "amod",
            "compound");

    private final CameoDictionary dictionary;
    private final Phrases phrases;

    public CameoMatcher(CameoDictionary dictionary) {
        this.dictionary = dictionary;
        this.phrases = new Phrases(dictionary);
    }

    /**
     * What the dictionary says about token {@code verb}; empty when the dictionary does not know it as a
     * verb, or when the token heads no verb phrase (an auxiliary, "according" of "according to", a
     * participle modifying a noun): PETRARCH codes only verbs of verb phrases.
     */
    public Optional<CameoMatch> match(Sentence s, int verb) {
        Dependency up = s.parentOf(verb);
        if (up != null && NOT_PREDICATES.contains(up.relation())) {
            return Optional.empty();
        }
        CameoVerb entry = entry(s, verb);
        if (entry == null) {
            return Optional.empty();
        }
        Frame frame = Frame.of(s, verb);
        Set<String> present = new HashSet<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            present.addAll(Phrases.surfaces(s, i));
        }
        CameoPattern best = null;
        List<CameoMatch.Slot> bestSlots = List.of();
        int bestScore = -1;
        for (CameoPattern p : dictionary.patterns(entry.block())) {
            if (!p.usable() || p.specificity() < bestScore || !mayHold(present, dictionary.requiredWords(p))) {
                continue;
            }
            List<CameoMatch.Slot> slots = new Binder(s, frame, phrases).bind(p);
            if (slots != null) {
                best = p;
                bestSlots = slots;
                bestScore = p.specificity();
            }
        }
        return Optional.of(result(s, verb, entry, frame, best, bestSlots));
    }

    /** Whether every literal word of a pattern is somewhere in the sentence (else it cannot match). */
    private static boolean mayHold(Set<String> present, List<List<String>> required) {
        for (List<String> alternatives : required) {
            boolean any = false;
            for (String a : alternatives) {
                any |= present.contains(a);
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static CameoMatch result(Sentence s, int verb, CameoVerb entry, Frame frame, CameoPattern p,
            List<CameoMatch.Slot> slots) {
        String code = entry.code();
        PloverCode plover = entry.plover();
        boolean passiveOnly = false;
        if (p != null) {
            passiveOnly = p.code().isEmpty() && !p.passiveCode().isEmpty();
            code = passiveOnly ? p.passiveCode() : p.code();
            plover = p.noEvent() ? PloverCode.NONE : p.plover();
        }
        List<Integer> source = new ArrayList<>();
        List<Integer> target = new ArrayList<>();
        Set<Integer> consumed = new HashSet<>();
        for (CameoMatch.Slot slot : slots) {
            switch (slot.element()) {
                case "$" -> source.addAll(Frame.withConjuncts(s, List.of(slot.token())));
                case "+" -> target.addAll(Frame.withConjuncts(s, List.of(slot.token())));
                default -> consumed.add(slot.token());
            }
        }
        if (passiveOnly) {
            if (target.isEmpty()) {
                target.addAll(frame.subjects());
            }
            if (source.isEmpty() && frame.passive()) {
                source.addAll(frame.agents());
            }
        } else {
            if (source.isEmpty()) {
                source.addAll(frame.subjectSide());
            }
            if (target.isEmpty()) {
                for (int t : frame.objectSide()) {
                    if (!consumed.contains(t) && !source.contains(t)) {
                        target.add(t);
                    }
                }
            }
            if (target.isEmpty()) { // "(WITH)": the pattern names the phrase that holds the other party
                for (CameoMatch.Slot slot : slots) {
                    if (slot.element().endsWith(":") && !source.contains(slot.token())) {
                        target.addAll(Frame.withConjuncts(s, List.of(slot.token())));
                    }
                }
            }
        }
        return new CameoMatch(verb, entry, p, code, passiveOnly, plover, source, target, slots);
    }

    /** The verb's entry: a multi-word verb whose other words are there first, else the verb alone. */
    CameoVerb entry(Sentence s, int verb) {
        Token t = s.tokens().get(verb);
        List<CameoVerb> candidates = new ArrayList<>(dictionary.verbs(t.lemma() == null ? t.word() : t.lemma()));
        for (CameoVerb v : dictionary.verbs(t.word())) {
            if (!candidates.contains(v)) {
                candidates.add(v);
            }
        }
        Set<String> near = null;
        for (CameoVerb v : candidates) {
            if (!v.after().isEmpty() || !v.before().isEmpty()) {
                near = near == null ? nearWords(s, verb) : near;
                if (near.containsAll(v.after()) && before(s, verb, v.before())) {
                    return v;
                }
            }
        }
        for (CameoVerb v : candidates) {
            if (v.after().isEmpty() && v.before().isEmpty()) {
                return v;
            }
        }
        return null;
    }

    /** Words of the verb's dependents, of their case markers, and of the case markers of their nominal modifiers. */
    private static Set<String> nearWords(Sentence s, int verb) {
        Set<String> out = new HashSet<>();
        for (Dependency d : s.children(verb)) {
            out.addAll(Phrases.surfaces(s, d.dependent()));
            for (Dependency c : s.children(d.dependent())) {
                if (c.relation().equals("case") || c.relation().equals("mark")) {
                    out.addAll(Phrases.surfaces(s, c.dependent()));
                } else if (c.baseRelation().equals("nmod")) {
                    for (Dependency cc : s.children(c.dependent())) {
                        if (cc.relation().equals("case")) {
                            out.addAll(Phrases.surfaces(s, cc.dependent()));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean before(Sentence s, int verb, List<String> words) {
        int i = verb - 1;
        for (int w = words.size() - 1; w >= 0; w--) {
            while (i >= 0 && s.tokens().get(i).word().equals("-")) {
                i--;
            }
            if (i < 0 || !s.tokens().get(i).word().toLowerCase(Locale.ROOT).equals(words.get(w))) {
                return false;
            }
            i--;
        }
        return true;
    }
}
