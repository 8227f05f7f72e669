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
 * @param modality    whether the text says it happened, or only that it is intended, hypothetical or
 *                    reported by someone
 */
public record Event(EventType type, String mode, boolean negated, List<ActorRef> source, List<ActorRef> target,
                    EventDate date, Place place, Span sentence, Mention trigger, String rule, ActorRef attribution,
                    Modality modality) {
    /** How the text presents an event. */
    public enum Modality {
        /** The text states it as happened or happening. */
        ASSERTED,
        /** Announced, promised, threatened or wanted, not (yet) done: "is ready to sign", "threatened to cut". */
        INTENDED,
        /** A condition or possibility: "if talks fail", "could strike". */
        HYPOTHETICAL,
        /** Stated by someone the text quotes or reports: "the minister said the army is ready". */
        REPORTED
    }

    public Event {
        source = List.copyOf(source);
        target = List.copyOf(target);
        modality = modality == null ? Modality.ASSERTED : modality;
    }

    /** An event the text asserts. */
    public Event(EventType type, String mode, boolean negated, List<ActorRef> source, List<ActorRef> target,
                 EventDate date, Place place, Span sentence, Mention trigger, String rule, ActorRef attribution) {
        this(type, mode, negated, source, target, date, place, sentence, trigger, rule, attribution, Modality.ASSERTED);
    }

    public Event withDate(EventDate newDate) {
        return new Event(type, mode, negated, source, target, newDate, place, sentence, trigger, rule, attribution, modality);
    }

    public Event withPlace(Place newPlace) {
        return new Event(type, mode, negated, source, target, date, newPlace, sentence, trigger, rule, attribution, modality);
    }

    public Event withParties(List<ActorRef> newSource, List<ActorRef> newTarget) {
        return new Event(type, mode, negated, newSource, newTarget, date, place, sentence, trigger, rule, attribution, modality);
    }
}
