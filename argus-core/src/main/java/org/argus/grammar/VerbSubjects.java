package org.argus.grammar;

import java.util.List;
import java.util.Set;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Token;

/** The subject of a verb as a reader finds it when the parse gives the verb none of its own. Stateless. */
public final class VerbSubjects {
    private static final Set<String> HUNG_ON_A_CLAUSE = Set.of("dep", "advcl", "conj", "xcomp");

    private VerbSubjects() {
    }

    /**
     * The nsubj of token {@code i}, else of the verb it hangs on as conj, advcl or xcomp, a participle
     * the parser could only attach as dep ("attacked the plan ..., saying"), or an infinitive read as
     * an oblique ("went on to say"), climbing at most twice; -1 when none.
     */
    public static int of(Sentence s, int i) {
        return of(s, i, 0);
    }

    private static int of(Sentence s, int i, int depth) {
        for (Dependency d : s.children(i)) {
            if (d.relation().equals("nsubj")) {
                return d.dependent();
            }
        }
        Dependency p = s.parentOf(i);
        if (p != null && depth < 2 && p.governor() >= 0) {
            String r = p.baseRelation();
            if (r.equals("conj") || r.equals("advcl") || r.equals("xcomp")
                    || r.equals("dep") && s.tokens().get(i).pos().equals("VBG")
                    || r.equals("obl") && s.tokens().get(p.governor()).isVerb() && Dependents.hasMarker(s, i, "to")) {
                return of(s, p.governor(), depth + 1);
            }
        }
        return -1;
    }

    /**
     * The subject of the clause a subjectless participle or conjunct verb hangs on ("went after the
     * minister, calling him ...", "took the stage and called ..."): a noun or pronoun, else -1.
     */
    public static int ofParticiple(Sentence s, int verb) {
        Dependency up = s.parentOf(verb);
        if (up == null || up.governor() < 0 || !HUNG_ON_A_CLAUSE.contains(up.baseRelation())) {
            return -1;
        }
        for (Dependency d : s.children(up.governor())) {
            if (d.relation().equals("nsubj") && (s.tokens().get(d.dependent()).isNoun()
                    || s.tokens().get(d.dependent()).pos().startsWith("PRP"))) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** The head of the name token {@code k} belongs to: "Tomas" in "said Tomas Varga" gives "Varga". */
    public static int nameHead(Sentence s, int k) {
        List<Token> t = s.tokens();
        Dependency up = s.parentOf(k);
        while (up != null && up.governor() >= 0 && (up.baseRelation().equals("flat") || up.baseRelation().equals("compound"))
                && t.get(up.governor()).isProperNoun()) {
            k = up.governor();
            up = s.parentOf(k);
        }
        return k;
    }
}
