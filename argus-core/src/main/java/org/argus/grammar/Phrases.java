package org.argus.grammar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Span;

/**
 * Phrase spans and what lies between tokens: the core and full noun phrase of a head, conjuncts,
 * punctuation and hyphens between two tokens. Universal Dependencies relation names; the only words
 * are those a caller passes in. Stateless.
 */
public final class Phrases {
    private Phrases() {
    }

    /**
     * The head noun with its compounds, names, adjectives, determiners, numbers and possessor
     * ("Russia's foreign ministry"), without a participle modifier ("Russia-backed forces" are not
     * Russia) unless its lemma is one of {@code actingParticiples} ("Saudi-led forces" are).
     */
    public static Span core(Sentence s, int head, Set<String> actingParticiples) {
        Set<Integer> included = new HashSet<>();
        included.add(head);
        for (Dependency d : s.children(head)) {
            String rel = d.relation();
            if (rel.startsWith("amod") && s.tokens().get(d.dependent()).isVerb() && !acting(s, d.dependent(), actingParticiples)) {
                continue;
            }
            if (rel.equals("compound") || rel.equals("flat") || rel.startsWith("amod") || rel.equals("nmod:poss")
                    || rel.equals("det") || rel.equals("nummod")) {
                included.addAll(s.subtree(d.dependent()));
            }
        }
        return around(s, head, included);
    }

    /**
     * The head's phrase with its modifiers ("the army of X", "forces loyal to X"), but at any depth
     * without clauses, appositions, parataxis, punctuation or participles that bring in other parties
     * ("fighters, backed by Turkey", "Russia-backed forces"; participles in {@code actingParticiples}
     * stay, as in {@link #core}).
     */
    public static Span full(Sentence s, int head, Set<String> actingParticiples) {
        Set<Integer> included = new HashSet<>(s.subtree(head));
        for (int node : s.subtree(head)) {
            for (Dependency d : s.children(node)) {
                String rel = d.baseRelation();
                if (rel.equals("acl") || rel.equals("appos") || rel.equals("parataxis") || rel.equals("punct") || rel.equals("dep")
                        || rel.equals("ccomp") || rel.equals("advcl")
                        || rel.equals("amod") && s.tokens().get(d.dependent()).isVerb() && !acting(s, d.dependent(), actingParticiples)) {
                    included.removeAll(s.subtree(d.dependent()));
                }
            }
        }
        return around(s, head, included);
    }

    private static boolean acting(Sentence s, int participle, Set<String> actingParticiples) {
        return actingParticiples.contains(s.tokens().get(participle).lemma().toLowerCase(Locale.ROOT));
    }

    /** The contiguous run of {@code included} tokens around the head: an excluded token ends it. */
    public static Span around(Sentence s, int head, Set<Integer> included) {
        int first = head;
        int last = head;
        while (included.contains(first - 1)) {
            first--;
        }
        while (included.contains(last + 1)) {
            last++;
        }
        return new Span(s.tokens().get(first).span().start(), s.tokens().get(last).span().end());
    }

    /** The conjuncts ({@code conj}, {@code conj:and}, ...) of {@code head}, in parse order. */
    public static List<Integer> conjuncts(Sentence s, int head) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(head)) {
            if (d.relation().startsWith("conj")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** Whether a comma, colon, dash, hyphen or bracket token stands between tokens {@code from} and {@code to}. */
    public static boolean punctuationBetween(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            String pos = s.tokens().get(i).pos();
            if (pos.equals(",") || pos.equals(":") || pos.equals("HYPH") || pos.equals("-LRB-") || pos.equals("-RRB-")) {
                return true;
            }
        }
        return false;
    }

    /** Whether only a hyphen token separates the two tokens ("Russia - backed"). */
    public static boolean hyphenBetween(Sentence s, int left, int right) {
        return right == left + 2 && s.tokens().get(left + 1).word().equals("-");
    }
}
