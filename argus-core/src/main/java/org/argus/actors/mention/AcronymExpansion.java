package org.argus.actors.mention;

import java.util.List;
import java.util.Set;
import org.argus.actors.cast.Reading;
import org.argus.actors.cast.TokenText;
import org.argus.model.ActorType;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.rules.Rule;
import org.argus.words.Words;

/**
 * {@code actor.mention.acronym-expansion}: an acronym in parentheses whose full name the tagger missed,
 * "the Government of National Accord (GNA)", is read back to that name when the initials of the
 * capitalised words before the parenthesis spell it (small words such as "of" skipped, list
 * {@code actors/connectors}): the reading becomes the full name, which defines the acronym, and the
 * acronym follows it as a mention of the same organisation.
 */
final class AcronymExpansion implements Rule<Reading> {
    static final String ID = "actor.mention.acronym-expansion";

    private final Set<String> connectors;

    AcronymExpansion(Words words) {
        this.connectors = words.set("actors/connectors");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.read() || r.rejected || r.entity == null) {
            return false;
        }
        List<Token> t = r.tokens;
        int open = r.first - 1;
        String acronym = r.words.replace(".", "");
        if (r.first != r.last || open < 1 || !TokenText.isOpen(t.get(open).word()) || !acronym.matches("[A-Z]{2,8}")
                || r.last + 1 >= t.size() || !TokenText.isClose(t.get(r.last + 1).word())) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        int first = -1;
        for (int i = open - 1; i >= 0 && open - i <= 12; i--) {
            String w = t.get(i).word();
            if (Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase)) {
                initials.insert(0, w.charAt(0));
                first = i;
                if (initials.length() >= acronym.length()) {
                    break;
                }
            } else if (!connectors.contains(w) || first < 0) {
                break;
            }
        }
        if (first < 0 || !initials.toString().equals(acronym) || r.covered[first]) {
            return false;
        }
        Reading own = new Reading(r.cast, r.sentence, r.covered, r.entity, r.first, r.last);
        own.as(Reading.Origin.ORGANISATION, ActorType.ORGANIZATION, r.words, null, null);
        String name = TokenText.asWritten(t, first, open - 1);
        r.first = first;
        r.last = open - 1;
        r.span = new Span(t.get(first).span().start(), t.get(open - 1).span().end());
        r.words = name;
        r.as(Reading.Origin.ACRONYM, ActorType.ORGANIZATION, name, null, null);
        r.alias = own.words;
        r.acronym = own;
        r.cover(first, open - 1);
        return true;
    }
}
