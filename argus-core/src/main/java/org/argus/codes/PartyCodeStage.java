package org.argus.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;
import org.argus.rules.Chain;
import org.argus.rules.Rules;
import org.argus.words.Words;

/**
 * Codes each event's parties as event data does, once their places are known: a party's code is its
 * own country or organisation class (set when the party was made), else what the chain
 * {@code org/argus/codes/chains/party.txt} gives (the place, the document's one country, a party the text
 * implies). The codes live in the events, so every output shows the same parties. Thread-safe.
 */
public final class PartyCodeStage implements Stage {
    private final Chain<Coding> chain;
    private final Set<String> people;

    public PartyCodeStage(Words words) {
        this.people = words.set("codes/people");
        this.chain = Chain.load("/org/argus/codes/chains/party.txt", Rules.byId(new PlaceCode(), new DocumentCode(), new ImpliedAttacker(),
                new ImpliedProtestAim()));
    }

    @Override
    public String name() {
        return "codes";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.EVENTS, Layer.ACTORS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENT_CODES);
    }

    @Override
    public Document apply(Document document) {
        String sole = Coding.soleCountry(document);
        List<Event> out = new ArrayList<>(document.events().size());
        for (Event e : document.events()) {
            Coding c = new Coding(document, e, sole, people);
            List<String> trace = new ArrayList<>();
            chain.run(c, trace);
            out.add(c.result(trace));
        }
        return document.withEvents(out);
    }
}
