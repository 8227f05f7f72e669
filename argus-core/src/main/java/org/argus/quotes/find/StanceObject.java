package org.argus.quotes.find;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argus.grammar.Dependents;
import org.argus.grammar.TokenSpans;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.quotes.draft.Reported;
import org.argus.rules.Rule;

/**
 * {@code quote.find.stance-object}: a stance verb ({@code quotes/stance}) with no clause reports what
 * its object or infinitive gives: "condemned [the launch]", "wants [to raise taxes]", "called on [both
 * sides to respect the truce]", "called for [a ceasefire]", "described [the plan as a trap]", "accused
 * [X of Y]". Nothing when the object is the person addressed ({@code quotes/addressee-verbs}) and no
 * infinitive follows, or when the content is one empty word ({@code quotes/empty-objects}: "it").
 * "for" gives the content after the verbs of {@code quotes/for-verbs}, "on"/"to" after those of
 * {@code quotes/about-verbs}.
 */
final class StanceObject implements Rule<Reported> {
    static final String ID = "quote.find.stance-object";

    /** The word lists the unit reads. */
    record Lists(Set<String> stance, Set<String> forVerbs, Set<String> aboutVerbs, Set<String> addressee, Set<String> empty) {
    }

    private final Lists lists;

    StanceObject(Lists lists) {
        this.lists = lists;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reported r) {
        if (!r.open() || r.content() != null
                || !lists.stance().contains(r.sentence().tokens().get(r.cue().first()).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Span content = objectContent(r.sentence(), r.cue().first());
        if (content == null) {
            return false;
        }
        r.found(content);
        return true;
    }

    private Span objectContent(Sentence s, int v) {
        String lemma = s.tokens().get(v).lemma().toLowerCase(Locale.ROOT);
        int obj = -1;
        int xcomp = -1;
        int forObl = -1;
        int asObl = -1;
        int infinitive = -1;
        for (Dependency d : s.children(v)) {
            String r = d.baseRelation();
            if (d.dependent() < v) {
                continue;
            }
            if (r.equals("obj") && obj < 0) {
                obj = d.dependent();
            } else if (r.equals("xcomp") && xcomp < 0) {
                xcomp = d.dependent();
            } else if (r.equals("advcl") && xcomp < 0 && Dependents.hasMarker(s, d.dependent(), "to")) {
                infinitive = d.dependent(); // "called on X to ...", the parser's advcl: counts once X is addressed
            } else if (r.equals("obl")) {
                String kase = Dependents.caseWord(s, d.dependent());
                if ((kase.equals("for") && lists.forVerbs().contains(lemma) || kase.equals("about")
                        || lists.aboutVerbs().contains(lemma) && (kase.equals("on") || kase.equals("to")))
                        && forObl < 0) {
                    forObl = d.dependent(); // "called for X", "spoke about X", "focused on X", "referred to X"
                } else if ((kase.equals("as") || kase.equals("of") || kase.equals("over") || kase.equals("on") && lemma.equals("blame"))
                        && asObl < 0) {
                    asObl = d.dependent(); // "described X as Y", "accused X of Y", "criticised X over Y", "blamed X on Y"
                } else if (kase.equals("on") && obj < 0 && lemma.equals("call")) {
                    obj = d.dependent(); // "called on X to ...": X is addressed
                }
            }
        }
        if (xcomp < 0 && infinitive >= 0 && obj >= 0 && obj < infinitive) {
            xcomp = infinitive;
        }
        if (xcomp < 0 && infinitive >= 0 && s.children(infinitive).stream().anyMatch(d -> d.baseRelation().equals("nsubj"))) {
            // "called on [both sides to respect the truce]", parsed as a clause with its own subject
            List<Integer> x = s.subtree(infinitive);
            int from = x.get(0);
            while (from < infinitive && s.parentOf(from) != null && s.parentOf(from).governor() == infinitive
                    && s.parentOf(from).baseRelation().equals("mark") && !s.tokens().get(from).word().equalsIgnoreCase("to")) {
                from++;
            }
            return TokenSpans.range(s, from, x.get(x.size() - 1));
        }
        int lo;
        int hi;
        if (xcomp >= 0 && (obj < 0 || obj < xcomp)) {
            List<Integer> x = s.subtree(xcomp);
            lo = obj >= 0 ? s.subtree(obj).get(0) : x.get(0);
            hi = x.get(x.size() - 1);
        } else if (obj >= 0 && !lists.addressee().contains(lemma)) {
            List<Integer> o = s.subtree(obj);
            lo = o.get(0);
            hi = o.get(o.size() - 1);
            if (asObl > obj) {
                List<Integer> a = s.subtree(asObl);
                hi = Math.max(hi, a.get(a.size() - 1));
            }
        } else if (forObl >= 0) {
            List<Integer> f = s.subtree(forObl);
            lo = f.get(0);
            hi = f.get(f.size() - 1);
            if (s.parentOf(lo) != null && s.parentOf(lo).baseRelation().equals("case")) {
                lo++; // without its preposition
            }
        } else {
            return null;
        }
        if (lo > hi || lo <= v && hi >= v) {
            return null;
        }
        if (hi == lo && lists.empty().contains(s.tokens().get(lo).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return TokenSpans.range(s, lo, Complements.beforeTrailingParticiple(s, lo, hi));
    }
}
