package org.argus.events.statement;

import java.util.Set;
import org.argus.model.Event;
import org.argus.model.EventType;
import org.argus.model.Sentence;
import org.argus.words.Words;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.type.stated-intent}: a stated intention is itself the event, as CAMEO and PLOVER code
 * it. What someone lobbies or presses others to do is a REQUEST ("lobbied to suspend ...", list {@code
 * events/asking-governors}); an action under an ultimatum ("will withdraw unless ...") a THREATEN; an
 * attack the army prepares to resume a MOBILIZE (a show of force); a conflictual action (ASSAULT,
 * COERCE, SANCTION) intended, not merely tried ("plans to impose sanctions", "has vowed to fight"), or
 * announced under a condition ("may halt ... if"), a THREATEN.
 * <p>
 * Of an action a reported statement announces for the future or says its subject is ready to do, a
 * conflictual one or a protest is a THREATEN ("said they would impose sanctions"), a conciliatory one
 * (RETREAT, CONCEDE, AID, COOPERATE, CONSULT) an AGREE, a promise; a conciliatory plan the text itself
 * reports stays what it is, intended. The predicate keeps what was intended; the statement's modality
 * is REPORTED when someone is quoted, else ASSERTED.
 */
final class StatedIntent implements Rule<EventDraft> {
    static final String ID = "event.type.stated-intent";
    private final Set<String> asking;
    private final Intentions intentions;

    StatedIntent(Words words, Intentions intentions) {
        this.asking = words.set("events/asking-governors");
        this.intentions = intentions;
    }

    /** The type the statement of intent gives the event, or null when it stands as coded. */
    private EventType stated(EventDraft d) {
        Sentence s = d.sentence;
        int head = d.head;
        EventType type = d.type;
        if (asking.contains(Intentions.complementOf(s, head))) {
            return EventType.REQUEST;
        }
        if (Intentions.ultimatum(s, head)) {
            return EventType.THREATEN;
        }
        if (type == EventType.ASSAULT && Intentions.preparing(s, head)) {
            return EventType.MOBILIZE; // "is prepared to attack" stays a threat
        }
        boolean conflictual = type == EventType.ASSAULT || type == EventType.COERCE || type == EventType.SANCTION;
        if (conflictual && (d.modality == Event.Modality.INTENDED && !intentions.attempted(s, head) || Intentions.conditional(s, head))) {
            return EventType.THREATEN;
        }
        if (d.modality != Event.Modality.INTENDED || d.attribution == null || !intentions.future(s, head) && !intentions.readyTo(s, head)) {
            return null;
        }
        return switch (type) {
            case ASSAULT, COERCE, SANCTION, PROTEST -> EventType.THREATEN; // a protest announced: a threat of dissent (CAMEO 133)
            case RETREAT, CONCEDE, AID, COOPERATE, CONSULT -> EventType.AGREE; // an offer to meet or mediate, too
            default -> null;
        };
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        EventType stated = stated(d);
        if (stated == null) {
            return false;
        }
        d.type = stated;
        d.statedIntent = stated;
        d.modality = d.attribution != null ? Event.Modality.REPORTED : Event.Modality.ASSERTED;
        return true;
    }
}
