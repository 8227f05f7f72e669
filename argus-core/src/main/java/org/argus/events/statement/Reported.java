package org.argus.events.statement;

import org.argus.model.Event;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.modality.reported}: an event neither hypothetical nor intended that a speaker is quoted
 * or reported saying ({@code event.attribution.speaker}) is REPORTED.
 */
final class Reported implements Rule<EventDraft> {
    static final String ID = "event.modality.reported";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (d.attribution == null) {
            return false;
        }
        d.modality = Event.Modality.REPORTED;
        return true;
    }
}
