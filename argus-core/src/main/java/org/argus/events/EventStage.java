package org.argus.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argus.events.governed.Governance;
import org.argus.events.party.PartyUnits;
import org.argus.events.statement.StatementUnits;
import org.argus.events.trigger.Triggers;
import org.argus.model.Document;
import org.argus.model.Sentence;
import org.argus.model.Token;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;
import org.argus.rules.Chain;
import org.argus.rules.Rule;
import org.argus.words.Words;

/**
 * Codes PLOVER events from the dependency parse, as ordered chains of named units whose order is
 * the data in {@code org/argus/events/chains/} (docs/rules.md lists every unit). For each sentence:
 * <ol>
 *   <li>{@code trigger.txt}: what each token triggers (the lexicon's lookups);</li>
 *   <li>{@code governed.txt}: a trigger that another governs (its complement, object or content) is
 *       coded by that one;</li>
 *   <li>for each other trigger, an {@link EventDraft}: the argument role table
 *       ({@code roles.tsv}), then {@code verb.txt} or {@code noun.txt} find its argument heads,
 *       {@code arguments.txt} expands them, they resolve to the document's actors by their offsets,
 *       and {@code parties.txt} completes the targets; an event with no party is dropped;</li>
 *   <li>{@code statement.txt}: its speaker, modality, the type changes a statement makes, negation;</li>
 *   <li>{@code dedupe.txt}: a repeat of a statement kept already is dropped.</li>
 * </ol>
 * Each event's trace lists the trigger's row and every unit and row that fired for it, in order.
 * Stateless and thread-safe.
 */
public final class EventStage implements Stage {
    private static final String CHAINS = "/org/argus/events/chains/";

    private final Carriers carriers;
    private final Triggers triggers;
    private final Governance governance;
    private final PartyUnits party;
    private final Chain<EventDraft> verb;
    private final Chain<EventDraft> noun;
    private final Chain<EventDraft> arguments;
    private final Chain<EventDraft> parties;
    private final Chain<EventDraft> statement;
    private final Chain<EventDraft> dedupe;

    public EventStage(Lexicon lexicon, Words words) {
        this.carriers = new Carriers(words);
        this.triggers = new Triggers(lexicon, carriers, words);
        this.governance = new Governance(carriers, words);
        this.party = new PartyUnits(words, carriers, new TimeWords(words));
        Map<String, Rule<EventDraft>> units = new HashMap<>(party.units());
        new StatementUnits(words).units().forEach((id, unit) -> {
            if (units.put(id, unit) != null) {
                throw new IllegalStateException("two event units with id " + id);
            }
        });
        this.verb = Chain.load(CHAINS + "verb.txt", units);
        this.noun = Chain.load(CHAINS + "noun.txt", units);
        this.arguments = Chain.load(CHAINS + "arguments.txt", units);
        this.parties = Chain.load(CHAINS + "parties.txt", units);
        this.statement = Chain.load(CHAINS + "statement.txt", units);
        this.dedupe = Chain.load(CHAINS + "dedupe.txt", units);
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.ACTORS, Layer.QUOTES, Layer.SENTENCES, Layer.LEMMAS, Layer.POS, Layer.DEPENDENCIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public Document apply(Document document) {
        List<EventDraft> kept = new ArrayList<>();
        ActorIndex actors = null;
        for (Sentence s : document.annotation().sentences()) {
            if (s.dependencies().isEmpty()) {
                continue; // a sentence left unparsed (the parse selector found no predicate in it) gives no event an argument
            }
            Triggers.Found[] found = triggers.of(s);
            for (int i = 0; i < found.length; i++) {
                if (found[i] != null && !governance.governed(s, i, found)) {
                    actors = actors == null ? new ActorIndex(document) : actors;
                    EventDraft d = code(document, actors, s, s.tokens().get(i), found[i], kept);
                    if (d != null) {
                        dedupe.run(d, d.trace);
                        if (!d.dropped) {
                            kept.add(d);
                        }
                    }
                }
            }
        }
        return document.withEvents(kept.stream().map(EventDraft::event).toList());
    }

    /** The draft of the event trigger {@code f} makes at {@code t}, or null when it has no party. */
    private EventDraft code(Document doc, ActorIndex actors, Sentence s, Token t, Triggers.Found f, List<EventDraft> kept) {
        int carrier = f.trigger().verb() ? t.index() : carriers.of(s, t.index());
        EventDraft d = new EventDraft(doc, actors, s, t, f.trigger(), carrier, kept);
        d.trace.addAll(f.trace());
        party.roles().assign(d);
        (d.verb() ? verb : noun).run(d, d.trace);
        d.sourceHeads = new ArrayList<>(d.sources);
        d.targetHeads = new ArrayList<>(d.targets);
        arguments.run(d, d.trace);
        party.parties().resolve(d);
        parties.run(d, d.trace);
        if (d.source.isEmpty() && d.target.isEmpty()) {
            return null;
        }
        statement.run(d, d.trace);
        return d;
    }
}
