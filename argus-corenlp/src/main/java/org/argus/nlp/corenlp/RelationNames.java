package org.argus.nlp.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.argus.model.Dependency;

/**
 * Gives the basic dependency tree the relation names of CoreNLP's enhanced graph where Argus reads
 * them: an oblique or nominal modifier carries its preposition ({@code obl:with},
 * {@code nmod:between}, multi-word {@code obl:along_with}), the by-phrase of a passive is
 * {@code obl:agent}, a clause modifier carries its marker ({@code advcl:if}, {@code acl:to}) and a
 * conjunct its conjunction ({@code conj:and}); and, as CoreNLP's own conversion does, the subject
 * of a verb with a passive auxiliary is {@code nsubj:pass} even where the parser said {@code nsubj}. Building CoreNLP's four derived graphs for every sentence only to read these
 * names cost more than the parse itself; this needs one pass over the tree.
 */
final class RelationNames {
    private RelationNames() {
    }

    /**
     * @param deps  the basic tree, one entry per token (governor -1 for the root)
     * @param words the sentence's words, indexed like the dependencies
     * @return the same edges, renamed
     */
    static List<Dependency> refine(List<Dependency> deps, List<String> words) {
        int n = words.size();
        List<List<Dependency>> children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>(2));
        }
        for (Dependency d : deps) {
            if (d.governor() >= 0 && d.governor() < n) {
                children.get(d.governor()).add(d);
            }
        }
        List<Dependency> out = new ArrayList<>(deps.size());
        for (Dependency d : deps) {
            String relation = d.relation();
            if (d.dependent() >= n) {
                out.add(d);
                continue;
            }
            if ((relation.equals("nsubj") || relation.equals("csubj")) && hasChild(children, d.governor(), "aux:pass")) {
                out.add(new Dependency(d.governor(), d.dependent(), relation + ":pass"));
                continue;
            }
            String marker = switch (relation) {
                case "obl", "nmod" -> marker(children, d.dependent(), words, "case", null);
                case "advcl", "acl" -> marker(children, d.dependent(), words, "mark", "case");
                case "conj" -> conjunction(children, d, words);
                default -> null;
            };
            if (marker != null) {
                relation = relation.equals("obl") && marker.equals("by") && isPassive(children, d.governor())
                        ? "obl:agent" : relation + ":" + marker;
            }
            out.add(relation.equals(d.relation()) ? d : new Dependency(d.governor(), d.dependent(), relation));
        }
        return out;
    }

    /**
     * The marker of a dependent: its preceding children with relation {@code first} (else
     * {@code second}), each with its {@code fixed} words, lower-cased and joined by '_' (all case
     * words of a nominal, the first marker of a clause); null if none.
     */
    private static String marker(List<List<Dependency>> children, int head, List<String> words, String first, String second) {
        String found = joined(children, head, words, first);
        return found != null || second == null ? found : joined(children, head, words, second);
    }

    /** A conjunct's own conjunction, else the one its fellow conjuncts carry ("A, B and C": both are conj:and). */
    private static String conjunction(List<List<Dependency>> children, Dependency conj, List<String> words) {
        String own = joined(children, conj.dependent(), words, "cc");
        if (own != null || conj.governor() < 0) {
            return own;
        }
        String shared = null;
        for (Dependency sibling : children.get(conj.governor())) {
            if (sibling.relation().equals("conj") && sibling.dependent() != conj.dependent()) {
                String m = joined(children, sibling.dependent(), words, "cc");
                shared = m != null ? m : shared;
            }
        }
        return shared;
    }

    private static String joined(List<List<Dependency>> children, int head, List<String> words, String relation) {
        StringBuilder marker = null;
        for (Dependency c : children.get(head)) {
            if (!c.relation().equals(relation) || c.dependent() > head || isPossessive(words.get(c.dependent()))) {
                continue;
            }
            if (marker != null && !relation.equals("case")) {
                break; // a clause's or conjunct's first marker names it ("for X to go": advcl:for)
            }
            marker = marker == null ? new StringBuilder() : marker.append('_');
            marker.append(words.get(c.dependent()).toLowerCase(Locale.ROOT));
            for (Dependency f : children.get(c.dependent())) {
                if (f.relation().equals("fixed")) {
                    marker.append('_').append(words.get(f.dependent()).toLowerCase(Locale.ROOT));
                }
            }
        }
        return marker == null ? null : marker.toString();
    }

    private static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("'") || word.equals("\u2019s") || word.equals("\u2019");
    }

    private static boolean hasChild(List<List<Dependency>> children, int head, String relation) {
        if (head < 0) {
            return false;
        }
        for (Dependency c : children.get(head)) {
            if (c.relation().equals(relation)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPassive(List<List<Dependency>> children, int head) {
        if (head < 0) {
            return false;
        }
        for (Dependency c : children.get(head)) {
            if (c.relation().equals("nsubj:pass") || c.relation().equals("aux:pass") || c.relation().equals("csubj:pass")) {
                return true;
            }
        }
        return false;
    }
}
