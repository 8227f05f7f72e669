package org.argus.reference;

import java.util.LinkedHashSet;
import java.util.Set;
import org.argus.model.Mention;
import org.argus.model.Span;

/**
 * The actors a pronoun can stand for in a stretch of text: of a type it can name, with a mention there
 * that is no nationality word ("American servers" is no antecedent of "its") and is not inside a
 * quotation (a name in a quotation is not the "she" who speaks after it), and not of the other gender.
 * Immutable.
 */
final class Candidates {
    private final Gender gender;

    Candidates(Gender gender) {
        this.gender = gender;
    }

    /** The fitting actors with a mention inside [{@code from}, {@code before}), in order of first mention. */
    Set<Antecedent> between(Reference r, int from, int before) {
        Set<Antecedent> out = new LinkedHashSet<>();
        for (Antecedent a : r.antecedents.actors()) {
            if (!r.types.contains(a.type())) {
                continue;
            }
            for (Mention m : a.mentions()) {
                if (m.span().start() >= from && m.span().end() <= before && !r.antecedents.adjective(m.span())
                        && !Quotation.inside(r.text, m.span().start())) {
                    out.add(a);
                    break;
                }
            }
        }
        if (r.gender != 0) {
            out.removeIf(a -> {
                char g = gender.of(a);
                return g != 0 && g != r.gender;
            });
        }
        return out;
    }

    /** The pronoun's candidates before it in its own sentence, gathered once and kept on the reference for units to narrow. */
    Set<Antecedent> inSentence(Reference r) {
        if (r.candidates == null) {
            r.candidates(between(r, r.sentence.span().start(), r.token().span().start()));
        }
        return r.candidates;
    }

    /** True when {@code span} lies inside a mention of any actor. */
    static boolean inMention(Antecedents<? extends Antecedent> antecedents, Span span) {
        for (Antecedent a : antecedents.actors()) {
            for (Mention m : a.mentions()) {
                if (m.span().start() <= span.start() && span.end() <= m.span().end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The end of the actor's last mention ending at or before {@code offset}, or -1. */
    static int lastEndBefore(Antecedent a, int offset) {
        int end = -1;
        for (Mention m : a.mentions()) {
            if (m.span().end() <= offset) {
                end = Math.max(end, m.span().end());
            }
        }
        return end;
    }
}
