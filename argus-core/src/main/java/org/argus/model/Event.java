package org.argus.model;

import java.util.List;

/**
 * One coded event: who did what to whom, with the evidence it rests on. The same object is printed by
 * {@code analyze --format jsonl}, stored, and shown by every corpus view and the API.
 *
 * @param type        PLOVER type
 * @param mode        PLOVER mode (for instance "ceasefire" for AGREE), or null
 * @param cameo       the CAMEO code of the pattern that matched, or null when the entry carries none
 * @param negated     whether the text negates it ("did not sign")
 * @param source      who acts
 * @param target      who is acted on
 * @param date        when, or null until the time stage has run
 * @param place       where, or null
 * @param sentence    the sentence it was coded from
 * @param trigger     the word that triggered it
 * @param predicate   the knowledge entry that matched and how the sentence uses it
 * @param attribution who claims it, when it is reported inside a quote or reported statement
 * @param modality    whether the text says it happened, or only that it is intended, hypothetical or
 *                    reported by someone
 * @param trace       the ids of the units that made and shaped it, in the order they did (docs/rules.md)
 */
public record Event(EventType type, String mode, String cameo, boolean negated, List<ActorRef> source, List<ActorRef> target,
                    EventDate date, Place place, Span sentence, Mention trigger, Predicate predicate, ActorRef attribution,
                    Modality modality, List<String> trace) {
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
        trace = List.copyOf(trace);
    }

    public Event withDate(EventDate newDate) {
        return new Event(type, mode, cameo, negated, source, target, newDate, place, sentence, trigger, predicate, attribution,
                modality, trace);
    }

    public Event withPlace(Place newPlace) {
        return new Event(type, mode, cameo, negated, source, target, date, newPlace, sentence, trigger, predicate, attribution,
                modality, trace);
    }

    public Event withParties(List<ActorRef> newSource, List<ActorRef> newTarget) {
        return new Event(type, mode, cameo, negated, newSource, newTarget, date, place, sentence, trigger, predicate, attribution,
                modality, trace);
    }

    /** This event with {@code unit} appended to its trace. */
    public Event traced(String unit) {
        List<String> more = new java.util.ArrayList<>(trace);
        more.add(unit);
        return new Event(type, mode, cameo, negated, source, target, date, place, sentence, trigger, predicate, attribution,
                modality, more);
    }

    /** Whether unit {@code unit} made or shaped this event. */
    public boolean tracedBy(String unit) {
        return trace.contains(unit);
    }
}
