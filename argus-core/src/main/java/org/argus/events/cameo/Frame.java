package org.argus.events.cameo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Token;

/**
 * A verb's arguments in a dependency parse, in the terms PETRARCH's patterns use: the noun heads on
 * the subject side (the grammatical subject; in the passive the {@code by} agent), the nominal objects
 * (the object; in the passive the grammatical subject), other post-verb words a pattern may name
 * (particles, adverbs, non-finite complements; not a finite clause, "said they would withdraw", which is an
 * event of its own), and the prepositional phrases by preposition. A
 * subject the verb lacks is taken from the clause it depends on (xcomp: the governor's object, else
 * its subject; conj and advcl: the governor's subject; a relative or participial clause: the noun it
 * modifies). Conjuncts of every head are included.
 */
record Frame(boolean passive, List<Integer> subjects, List<Integer> agents, List<Integer> nominals,
        List<Integer> others, Map<String, List<Integer>> obliques) {
    private static final int DEPTH = 6;

    /** The subject-side heads a pattern's pre-verb items match. */
    List<Integer> subjectSide() {
        return passive ? agents : subjects;
    }

    /** The object-side nominal heads a pattern's post-verb items and markers match. */
    List<Integer> objectSide() {
        if (!passive) {
            return nominals;
        }
        List<Integer> out = new ArrayList<>(subjects);
        out.addAll(nominals);
        return out;
    }

    static Frame of(Sentence s, int verb) {
        return of(s, verb, 0);
    }

    private static Frame of(Sentence s, int verb, int depth) {
        List<Integer> subjects = new ArrayList<>();
        List<Integer> agents = new ArrayList<>();
        List<Integer> nominals = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        boolean passive = false;
        for (Dependency d : s.children(verb)) {
            switch (d.relation()) {
                case "nsubj", "csubj", "nsubj:xsubj" -> subjects.add(d.dependent());
                case "nsubj:pass", "csubj:pass" -> {
                    subjects.add(d.dependent());
                    passive = true;
                }
                case "aux:pass" -> passive = true;
                case "obj", "iobj" -> nominals.add(d.dependent());
                case "compound:prt", "advmod", "xcomp", "obl:npmod" -> others.add(d.dependent());
                default -> {
                }
            }
        }
        Map<String, List<Integer>> obliques = preps(s, verb);
        if (passive) {
            agents.addAll(obliques.getOrDefault("agent", List.of()));
            agents.addAll(obliques.getOrDefault("by", List.of()));
        }
        Dependency up = s.parentOf(verb);
        if (up != null && up.governor() >= 0) {
            int gov = up.governor();
            String rel = up.relation();
            Token self = s.tokens().get(verb);
            if (rel.equals("acl:relcl")) {
                replaceRelative(s, subjects, gov);
                replaceRelative(s, nominals, gov);
                if (subjects.isEmpty()) {
                    subjects.add(gov);
                }
            } else if (rel.equals("acl") && subjects.isEmpty()) {
                subjects.add(gov);
                passive |= self.pos().equals("VBN");
            } else if (subjects.isEmpty() && depth < DEPTH) {
                if (rel.equals("xcomp")) {
                    Frame g = of(s, gov, depth + 1);
                    subjects.addAll(g.nominals.isEmpty() ? g.subjects : g.nominals);
                } else if (rel.startsWith("conj") || rel.startsWith("advcl") || rel.equals("parataxis")) {
                    Frame g = of(s, gov, depth + 1);
                    subjects.addAll(g.subjects);
                    passive |= rel.startsWith("conj") && g.passive && self.pos().equals("VBN");
                    if (passive && agents.isEmpty()) {
                        agents.addAll(g.agents);
                    }
                }
            }
        }
        return new Frame(passive, withConjuncts(s, subjects), withConjuncts(s, agents), withConjuncts(s, nominals),
                others, obliques);
    }

    /** The prepositional dependents of a head (obl:X, nmod:X, or obl/nmod with a case word), by preposition. */
    static Map<String, List<Integer>> preps(Sentence s, int head) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (Dependency d : s.children(head)) {
            String base = d.baseRelation();
            if (!base.equals("obl") && !base.equals("nmod")) {
                continue;
            }
            String prep = d.relation().contains(":") ? d.relation().substring(d.relation().indexOf(':') + 1) : caseWord(s, d.dependent());
            if (prep == null || prep.equals("poss") || prep.equals("tmod") || prep.equals("npmod")) {
                continue;
            }
            List<Integer> heads = out.computeIfAbsent(prep.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            for (int t : withConjuncts(s, List.of(d.dependent()))) {
                if (!heads.contains(t)) {
                    heads.add(t);
                }
            }
        }
        return out;
    }

    private static String caseWord(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("case")) {
                return s.tokens().get(d.dependent()).word();
            }
        }
        return null;
    }

    private static void replaceRelative(Sentence s, List<Integer> heads, int noun) {
        for (int i = 0; i < heads.size(); i++) {
            String pos = s.tokens().get(heads.get(i)).pos();
            if (pos.equals("WDT") || pos.equals("WP")) {
                heads.set(i, noun);
            }
        }
    }

    /** The heads and their conjuncts (conj, conj:and, conj:or ...), each once, in order. */
    static List<Integer> withConjuncts(Sentence s, List<Integer> heads) {
        List<Integer> out = new ArrayList<>();
        for (int h : heads) {
            if (!out.contains(h)) {
                out.add(h);
            }
            for (Dependency d : s.children(h)) {
                if (d.baseRelation().equals("conj") && !out.contains(d.dependent())) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }
}
