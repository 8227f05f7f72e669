package org.argus.quotes.filter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argus.model.Span;
import org.argus.quotes.draft.Marked;
import org.argus.quotes.draft.Reported;
import org.argus.rules.Rule;

/**
 * {@code quote.filter.quoted-clause}: a reported clause at least half of which is one quotation, with
 * fewer than two words outside it (a leading "that" aside), is that quotation: the direct quote stands
 * for it, and the clause makes no quote of its own.
 */
final class QuotedClause implements Rule<Reported> {
    static final String ID = "quote.filter.quoted-clause";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reported r) {
        if (!r.live()) {
            return false;
        }
        Span content = r.content();
        int quoted = 0;
        for (Marked m : r.inside()) {
            quoted += Math.min(m.end(), content.end()) - Math.max(m.open(), content.start());
        }
        if (quoted * 2 < content.length() || r.inside().size() >= 2 || unquotedWords(r, content) >= 2) {
            return false;
        }
        r.drop();
        return true;
    }

    /** Words of {@code span} outside every quotation, not counting a leading "that". */
    private static int unquotedWords(Reported r, Span span) {
        int n = 0;
        boolean first = true;
        for (Matcher w = WORD.matcher(r.passage().text()).region(span.start(), span.end()); w.find(); ) {
            boolean quotedWord = false;
            for (Marked m : r.passage().marked()) {
                if (m.whole().start() <= w.start() && w.end() <= m.whole().end()) {
                    quotedWord = true;
                    break;
                }
            }
            if (!quotedWord && !(first && w.group().equalsIgnoreCase("that"))) {
                n++;
            }
            first = false;
        }
        return n;
    }
}
