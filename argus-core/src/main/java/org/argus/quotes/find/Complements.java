package org.argus.quotes.find;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argus.grammar.Dependents;
import org.argus.grammar.TokenSpans;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Reported;

/**
 * How a cue verb's clausal dependents give what it reports. The first dependent that decides is either
 * a clause before the cue ("..., the general said") or a clausal complement ("said (that) ...");
 * {@link #decide} tells which, so the two finders never both read one cue.
 */
final class Complements {
    /** What a cue's first deciding dependent is. */
    enum Decision { NONE, BEFORE, COMPLEMENT }

    /**
     * The decision, the dependent that made it, and for a clause before the cue the statement it gives
     * (null when nothing but punctuation; a complement's is {@link #complement}).
     */
    record Found(Decision decision, int dependent, Span before) {
    }

    private static final Found NONE = new Found(Decision.NONE, -1, null);

    private Complements() {
    }

    /** Reads the dependents of one-word cue {@code r.cue()} in order until one decides. */
    static Found decide(Reported r) {
        CueAt c = r.cue();
        Sentence s = r.sentence();
        for (Dependency d : s.children(c.first())) {
            String rel = d.baseRelation();
            // "X said (that) ...", and "..., X said" where the parser hangs the clause as dep/parataxis
            boolean clauseBefore = (rel.equals("dep") || rel.equals("parataxis")) && d.dependent() < c.first()
                    && Dependents.isClauseHead(s, d.dependent());
            if (clauseBefore || rel.equals("ccomp") && d.dependent() < c.first()) {
                // the clause runs up to the cue clause; the parser may attach a trailing phrase of the clause to the cue
                int stop = c.first();
                if (c.speakerHead() >= 0) {
                    stop = Math.min(stop, s.subtree(c.speakerHead()).get(0));
                }
                List<Integer> sub = s.subtree(d.dependent());
                if (sub.get(0) < stop) {
                    return new Found(Decision.BEFORE, d.dependent(), TokenSpans.range(s, sub.get(0), stop - 1));
                }
            }
            if (rel.equals("ccomp")) {
                return new Found(Decision.COMPLEMENT, d.dependent(), null);
            }
        }
        return NONE;
    }

    /** The clausal complement under {@code head}, without a second speech act joined to it or a trailing participle. */
    static Span complement(Reported r, int head, Set<String> cueVerbs) {
        Sentence s = r.sentence();
        List<Token> toks = s.tokens();
        int cue = r.cue().first();
        List<Integer> sub = s.subtree(head);
        int hi = beforeTrailingParticiple(s, sub.get(0), sub.get(sub.size() - 1));
        for (int k : sub) {
            // "..., but he said that ...": a second speech act the parser joined to the first's clause
            Dependency up = s.parentOf(k);
            if (k > cue && k <= hi && up != null && up.baseRelation().equals("conj") && toks.get(k).isVerb()
                    && cueVerbs.contains(toks.get(k).lemma().toLowerCase(Locale.ROOT))
                    && !r.passage().insideMarked(toks.get(k).span())
                    && s.children(k).stream().anyMatch(x -> x.baseRelation().equals("nsubj"))
                    && s.children(k).stream().anyMatch(x -> x.baseRelation().equals("ccomp"))) {
                hi = Math.min(hi, s.subtree(k).get(0) - 1);
            }
        }
        return TokenSpans.range(s, sub.get(0), hi);
    }

    /**
     * The last token of a reported clause [lo, hi] without a participle phrase that closes it after a
     * comma: the parser hangs "..., citing her record" on the clause, but it is the speaker's act.
     */
    static int beforeTrailingParticiple(Sentence s, int lo, int hi) {
        List<Token> toks = s.tokens();
        for (int k = lo + 1; k < hi; k++) {
            Dependency up = s.parentOf(k + 1);
            if (toks.get(k).word().equals(",") && toks.get(k + 1).pos().equals("VBG") && up != null
                    && !up.baseRelation().equals("conj")) {
                List<Integer> phrase = s.subtree(k + 1);
                if (phrase.get(0) == k + 1 && phrase.get(phrase.size() - 1) >= hi) {
                    return k - 1;
                }
            }
        }
        return hi;
    }
}
