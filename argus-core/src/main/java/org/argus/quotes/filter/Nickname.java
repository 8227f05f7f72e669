package org.argus.quotes.filter;

import java.util.regex.Pattern;
import org.argus.quotes.draft.Marked;
import org.argus.quotes.draft.Quotation;
import org.argus.rules.Rule;

/**
 * {@code quote.filter.nickname}: one capitalised quoted word between a first name and a surname (Elena
 * "Lena" Varga) is part of a name, not a quotation.
 */
final class Nickname implements Rule<Quotation> {
    static final String ID = "quote.filter.nickname";
    private static final Pattern NAME_BEFORE = Pattern.compile("\\p{Lu}\\p{L}+\\s+$");
    private static final Pattern NAME_AFTER = Pattern.compile("^\\s+\\p{Lu}\\p{L}+");
    private static final Pattern NICKNAME = Pattern.compile("\\p{Lu}[\\p{L}.'-]*");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Quotation q) {
        String text = q.passage().text();
        Marked m = q.marked();
        if (!q.open() || m.close() < 0 || !NICKNAME.matcher(m.content().of(text)).matches()
                || !NAME_BEFORE.matcher(text.substring(Math.max(0, m.open() - 40), m.open())).find()
                || !NAME_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find()) {
            return false;
        }
        q.drop();
        return true;
    }
}
