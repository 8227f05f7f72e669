package org.argus.actors.group;

import java.util.List;
import org.argus.actors.cast.Reading;
import org.argus.actors.cast.TokenText;
import org.argus.model.Token;
import org.argus.rules.Rule;

/**
 * {@code actor.group.acronym-defined}: an acronym in parentheses right after an organisation's name,
 * "the National Army (NA)", is defined for it: a later mention of the acronym joins the organisation
 * ({@code actor.group.acronym}).
 */
final class AcronymDefined implements Rule<Reading> {
    static final String ID = "actor.group.acronym-defined";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.origin != Reading.Origin.ORGANISATION) {
            return false;
        }
        List<Token> t = r.tokens;
        int last = r.last;
        if (last + 3 >= t.size() || !TokenText.isOpen(t.get(last + 1).word()) || !TokenText.isClose(t.get(last + 3).word())) {
            return false;
        }
        String candidate = t.get(last + 2).word();
        if (!candidate.matches("[A-Z][A-Z.-]{1,9}")) {
            return false;
        }
        r.alias = candidate;
        return true;
    }
}
