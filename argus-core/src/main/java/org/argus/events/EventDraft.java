package org.argus.events;

import java.util.ArrayList;
import java.util.List;
import org.argus.model.ActorRef;
import org.argus.model.Dependency;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.EventType;
import org.argus.model.Mention;
import org.argus.model.Predicate;
import org.argus.model.Sentence;
import org.argus.model.Token;

/**
 * One event being coded, as the units of the events chains shape it: first the argument heads
 * (token indices) its sources and targets are found at, then the parties they resolve to, then how
 * the sentence presents it (type, modality, negation, attribution). What one unit tells a later one
 * is a typed field here, never read back from {@link #trace}. Mutable; one per trigger, used by one
 * thread.
 */
public final class EventDraft {
    public final Document doc;
    /** The document's actor mentions by offset ({@link ActorIndex#at} answers as {@link Document#actorAt}). */
    public final ActorIndex actors;
    public final Sentence sentence;
    public final Token token;
    /** The trigger's token index. */
    public final int head;
    public final Trigger trigger;
    /** The ids of the rows and units that made and shaped the event, in order; the trigger's row first. */
    public final List<String> trace = new ArrayList<>();

    /** The argument heads found for the sources and targets, in the order found. */
    public final List<Integer> sources = new ArrayList<>();
    public final List<Integer> targets = new ArrayList<>();
    /** Whether the verb is read in the passive (its subject acted on). */
    public boolean passive;
    /** A verb's first prepositional argument in the order of the role table, kept as the target of last resort. */
    public List<Integer> prepositional = List.of();
    /** The role table row that found {@link #prepositional}, or null. */
    public String prepositionalRow;
    /** The noun a passive participle modifies ("forces backed by X", "X-backed forces"), or -1. */
    public int participleNoun = -1;
    /** A noun trigger's carrier: itself, or the phrase it heads ("a mediation effort", "dollars of aid"). */
    public final int carrier;
    /** A noun trigger's argument dependencies: its own and its carrier's. */
    public final List<Dependency> arguments;

    /** The argument heads with their conjuncts (relative pronouns replaced by their nouns), as resolved to parties. */
    public List<Integer> sourceHeads = List.of();
    public List<Integer> targetHeads = List.of();
    /** The parties, once the heads are resolved. */
    public List<ActorRef> source = List.of();
    public List<ActorRef> target = List.of();
    /** Whether a pronoun has been resolved for this event (its unit is then in the trace once). */
    public boolean pronounResolved;

    public EventType type;
    public Event.Modality modality = Event.Modality.ASSERTED;
    /** The speaker of the quote or reported statement the trigger sits in, or null. */
    public ActorRef attribution;
    /** The type the statement of intent gave the event, or null when it is not one. */
    public EventType statedIntent;
    public boolean negated;

    /** The events kept so far in the document, for the units that compare with them. */
    public final List<EventDraft> earlier;
    /** Whether a unit dropped the event (it repeats one kept). */
    public boolean dropped;

    /**
     * The draft of the event {@code trigger} makes at {@code token}; {@code carrier} is a noun trigger's
     * carrier ({@link Carriers#of}), the token itself for a verb.
     */
    public EventDraft(Document doc, Sentence sentence, Token token, Trigger trigger, int carrier, List<EventDraft> earlier) {
        this(doc, new ActorIndex(doc), sentence, token, trigger, carrier, earlier);
    }

    /** As {@link #EventDraft(Document, Sentence, Token, Trigger, int, List)}, with the document's actor index built once. */
    public EventDraft(Document doc, ActorIndex actors, Sentence sentence, Token token, Trigger trigger, int carrier,
                      List<EventDraft> earlier) {
        this.doc = doc;
        this.actors = actors;
        this.sentence = sentence;
        this.token = token;
        this.head = token.index();
        this.trigger = trigger;
        this.type = trigger.type();
        this.carrier = carrier;
        this.earlier = earlier;
        this.trace.add(trigger.row());
        if (trigger.verb()) {
            this.arguments = List.of();
        } else {
            List<Dependency> args = sentence.children(head);
            if (carrier != head) {
                sentence.children(carrier).stream().filter(d -> d.dependent() != head).forEach(args::add);
            }
            this.arguments = args;
        }
    }

    /** Whether the event's trigger is a verb. */
    public boolean verb() {
        return trigger.verb();
    }

    /** The token at {@code index} of the event's sentence. */
    public Token tokenAt(int index) {
        return sentence.tokens().get(index);
    }

    /** Whether some party of {@code parties} is a known actor. */
    public static boolean namesActor(List<ActorRef> parties) {
        return parties.stream().anyMatch(r -> r.actorId() != null);
    }

    /** The event as coded. */
    public Event event() {
        Predicate.Form form = !verb() ? Predicate.Form.NOUN : passive ? Predicate.Form.PASSIVE : Predicate.Form.ACTIVE;
        Predicate predicate = new Predicate(trigger.entry(), trigger.lemma(), form);
        return new Event(type, trigger.mode(), trigger.cameo(), negated, source, target, null, null, sentence.span(),
                new Mention(token.word(), token.span()), predicate, attribution, modality, trace);
    }
}
