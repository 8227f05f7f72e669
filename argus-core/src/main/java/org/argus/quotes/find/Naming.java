package org.argus.quotes.find;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.argus.grammar.TokenSpans;
import org.argus.model.Dependency;
import org.argus.model.Quote;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Marked;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.find.naming}: a short or lower-case quotation that is the name a naming verb
 * ({@code quotes/naming-verbs}) gives its object is a quote of who is named and the name: "called the
 * senator a "nasty man"", "described the plan as "reckless"", "a "liar," a "fraud" and "unfit"" (the
 * names run on). The verb is the cue and its subject the speaker; every word between the verb and
 * the quotation must belong to who is named. Not when the verb asks ("called on", "called for"), nor
 * when the quote would overlap a quote already made (reported statements it overlaps give way).
 */
final class Naming implements Rule<Quotation> {
    static final String ID = "quote.find.naming";

    private final Set<String> namingVerbs;

    Naming(Set<String> namingVerbs) {
        this.namingVerbs = namingVerbs;
    }

    /** A naming verb's quote: the verb as cue, who is named and the quoted name as the span. */
    private record Named(CueAt cue, Span span) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Quotation q) {
        if (!q.open() || !(q.partial() || q.fragment())) {
            return false;
        }
        Passage p = q.passage();
        Named named = naming(p, q.marked());
        if (named == null || p.quotes().stream().anyMatch(o -> o.span().overlaps(named.span()))) {
            return false;
        }
        QuoteDraft made = p.quote(named.span(), Quote.Kind.DIRECT, named.cue(), named.span().start());
        p.reported().removeIf(o -> o.span().overlaps(named.span()));
        p.add(made, named.cue(), q.marked());
        q.into(made);
        return true;
    }

    /** The naming quote of {@code m}, or null when it is no complement of a naming verb with a subject and an object before it. */
    private Named naming(Passage p, Marked m) {
        String text = p.text();
        for (Sentence s : p.sentences()) {
            if (!s.span().contains(m.whole())) {
                continue;
            }
            for (Token t : s.tokens()) {
                Dependency up = s.parentOf(t.index());
                if (!m.content().contains(t.span()) || up == null || up.governor() < 0
                        || m.content().contains(s.tokens().get(up.governor()).span())) {
                    continue; // not the head of the quoted words
                }
                String rel = up.relation();
                if (rel.equals("cop") || rel.equals("mark")) {
                    continue;
                }
                Dependency above = s.parentOf(up.governor());
                // "called the statement "offensive and outlandish"", the quote read as a dependent of
                // the object: it is the verb's complement all the same
                boolean onObject = !s.tokens().get(up.governor()).isVerb() && above != null && above.governor() >= 0
                        && above.relation().equals("obj") && up.governor() < t.index() && !rel.startsWith("nmod") && !rel.startsWith("acl");
                int verb = onObject ? above.governor() : up.governor();
                if (onObject) {
                    rel = "xcomp";
                }
                Token v = s.tokens().get(verb);
                boolean complement = rel.equals("xcomp") || rel.equals("obl:as") || rel.equals("obl:for") || rel.equals("advcl:for")
                        || rel.equals("obj") || rel.equals("ccomp");
                if (!v.isVerb() || !namingVerbs.contains(v.lemma().toLowerCase(Locale.ROOT)) || !complement) {
                    return null;
                }
                if (s.children(verb).stream().anyMatch(d -> d.relation().equals("compound:prt")
                        || (d.relation().equals("obl:on") || d.relation().equals("obl:upon")) && d.dependent() > verb
                        || d.relation().equals("xcomp") && d.dependent() != t.index())) {
                    return null; // "called on the council to end ...", "called for": a request, not a name
                }
                // who is named: the verb's object, or the subject of the small clause ("called the envoy a
                // "champion"") - every word between the verb and the quote must belong to it
                Set<Integer> namedWords = new HashSet<>(s.subtree(t.index()));
                for (Dependency d : s.children(verb)) {
                    if (d.relation().equals("obj") && d.dependent() != t.index()) {
                        namedWords.addAll(s.subtree(d.dependent()));
                    }
                }
                CueAt cue = p.cue(s, verb, CueAt.Kind.NAMING);
                int first = verb + 1;
                while (first < s.tokens().size() && TokenSpans.isPunct(s.tokens().get(first))) {
                    first++;
                }
                boolean any = false;
                for (int i = first; i < s.tokens().size() && s.tokens().get(i).span().end() <= m.open(); i++) {
                    if (!namedWords.contains(i)) {
                        return null;
                    }
                    any = true;
                }
                if (!any || cue.speakerHead() < 0) {
                    return null;
                }
                int end = m.end();
                // "a "nasty man," an "anchor baby," "unstable" and "sick"": the names run on
                for (Marked next : p.marked()) {
                    if (next.open() >= end && next.end() <= s.span().end()
                            && text.substring(end, next.open()).matches("[\\s,;]*((and|or|an?|the)\\s+)*")) {
                        end = next.end();
                    }
                }
                return new Named(cue, new Span(s.tokens().get(first).span().start(), end));
            }
            return null;
        }
        return null;
    }
}
