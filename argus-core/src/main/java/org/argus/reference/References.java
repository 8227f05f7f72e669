package org.argus.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.argus.model.Actor;
import org.argus.model.Document;
import org.argus.model.Mention;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.rules.Chain;
import org.argus.rules.Rules;
import org.argus.words.Words;

/**
 * What a token refers to, read from a document whose actors the actor stage made: the stages after it
 * ask here instead of resolving references again, so their parties and speakers are the actors list's.
 * A name, description or pronoun refers to the actor the actor stage recorded a mention of there (the
 * {@link Resolver}'s policy); a relative pronoun ("who", "which", "that", list {@code reference/relatives})
 * to what the noun it stands for refers to, found by chain {@code org/argus/reference/chains/relative.txt}.
 * Immutable and thread-safe.
 */
public final class References {
    private final Set<String> relatives;
    private final Chain<Reference> relative;

    public References(Words words) {
        Map<String, String> table = words.table("reference/relatives");
        this.relatives = table.keySet();
        Set<String> afterComma = table.entrySet().stream().filter(e -> e.getValue().equals("any")).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
        this.relative = Chain.load("/org/argus/reference/chains/relative.txt", Rules.byId(new RelativeClause(),
                new RelativeAfterComma(afterComma)));
    }

    /**
     * The token a relative pronoun stands for: the noun its clause modifies; the token itself when it is
     * no relative pronoun or no antecedent is found. The ids of the units that found it are added to {@code trace}.
     */
    public int antecedent(Sentence s, int token, List<String> trace) {
        if (!relatives.contains(s.tokens().get(token).word().toLowerCase(Locale.ROOT))) {
            return token;
        }
        Reference r = new Reference(Reference.Kind.RELATIVE, "", List.of(), s, token, null, Set.of(), (char) 0);
        relative.run(r, trace);
        return r.antecedentToken >= 0 ? r.antecedentToken : token;
    }

    /**
     * What token {@code token} of sentence {@code s} refers to: the actor of the tightest mention over it
     * (a relative pronoun: over its antecedent noun); null when no actor's mention covers it.
     */
    public Referent at(Document doc, Sentence s, int token) {
        List<String> trace = new ArrayList<>();
        int at = antecedent(s, token, trace);
        Span t = s.tokens().get(at).span();
        Actor best = null;
        Mention mention = null;
        int bestLength = Integer.MAX_VALUE;
        for (Actor a : doc.actors()) {
            for (Mention m : a.mentions()) {
                int length = m.span().end() - m.span().start();
                if (m.span().start() <= t.start() && t.end() <= m.span().end() && length < bestLength) {
                    best = a;
                    mention = m;
                    bestLength = length;
                }
            }
        }
        if (best == null) {
            return null;
        }
        trace.addAll(mention.trace());
        return new Referent(best, mention, trace);
    }
}
