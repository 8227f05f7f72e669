package org.argus.model;

import java.util.List;

/**
 * One coded event: who did what to whom, with the evidence it rests on.
 *
 * @param type        PLOVER type
 * @param mode        PLOVER mode (for instance "ceasefire" for AGREE), or null
 * @param negated     whether the text negates it ("did not sign")
 * @param source      who acts
 * @param target      who is acted on
 * @param date        when, or null until the time stage has run
 * @param place       where, or null
 * @param sentence    the sentence it was coded from
 * @param trigger     the word that triggered it
 * @param rule        the pattern that fired, so a user can see why it was coded
 * @param attribution who claims it, when it is reported inside a quote or reported statement
 */
public record Event(EventType type, String mode, boolean negated, List<ActorRef> source, List<ActorRef> target,
                    EventDate date, Place place, Span sentence, Mention trigger, String rule, ActorRef attribution) {
    public Event {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    public Event withDate(EventDate newDate) {
        return new Event(type, mode, negated, source, target, newDate, place, sentence, trigger, rule, attribution);
    }

    public Event withPlace(Place newPlace) {
        return new Event(type, mode, negated, source, target, date, newPlace, sentence, trigger, rule, attribution);
    }
}
