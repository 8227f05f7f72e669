package org.argus.grammar;

import org.argus.model.Dependency;
import org.argus.model.Sentence;

/** What a head's dependents say about it: its marker, its case word, whether it heads a clause. Stateless. */
public final class Dependents {
    private Dependents() {
    }

    /** Whether clause head {@code head} has the marker {@code word} ("to" of an infinitive), case aside. */
    public static boolean hasMarker(Sentence s, int head, String word) {
        for (Dependency d : s.children(head)) {
            if (d.baseRelation().equals("mark") && s.tokens().get(d.dependent()).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-cased case word of a nominal ("for" in "for a ceasefire"), or "". */
    public static String caseWord(Sentence s, int nominal) {
        for (Dependency d : s.children(nominal)) {
            if (d.baseRelation().equals("case")) {
                return s.tokens().get(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "";
    }

    /** Whether token {@code i} heads a clause: a verb, or a predicate with a subject or copula. */
    public static boolean isClauseHead(Sentence s, int i) {
        if (s.tokens().get(i).isVerb()) {
            return true;
        }
        return s.children(i).stream().anyMatch(d -> d.baseRelation().startsWith("nsubj") || d.baseRelation().equals("cop"));
    }
}
