package org.argus.events.statement;

import org.argus.model.Quote;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.attribution.speaker}: an event inside a quote or reported statement is attributed to
 * its speaker ("Kenya said Uganda attacked the border post": Kenya claims it).
 */
final class Attribution implements Rule<EventDraft> {
    static final String ID = "event.attribution.speaker";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        for (Quote q : d.doc.quotes()) {
            if (q.span().contains(d.token.span()) && q.speaker() != null) {
                d.attribution = q.speaker();
                return true;
            }
        }
        return false;
    }
}
