package org.argus.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argus.model.Actor;
import org.argus.model.Document;
import org.argus.model.Mention;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;

/**
 * Applies the analyst's actor dictionary to an article's actors: an actor named (by its canonical
 * name or any mention) as an entry's name or alias takes the entry's name, type and the coding in
 * force on the article's date; two actors of the article that are one entry become one. A name the
 * entry keeps apart ({@code distinct}) never matches it. Runs right after {@link ActorStage}, so
 * quotes and events see the dictionary's actors. Stateless and thread-safe.
 */
public final class DictionaryStage implements Stage {
    private final ActorDictionary dictionary;

    public DictionaryStage(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public String name() {
        return "actor-dictionary";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.ACTORS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of();
    }

    @Override
    public Document apply(Document document) {
        if (dictionary.entries().isEmpty() || document.actors().isEmpty()) {
            return document;
        }
        LocalDate date = document.article() == null || document.article().published() == null
                ? null : document.article().published().date();
        Map<Object, Actor> out = new LinkedHashMap<>();
        for (Actor actor : document.actors()) {
            ActorDictionary.Entry entry = match(actor);
            if (entry == null && actor.type() == org.argus.model.ActorType.PERSON && !actor.name().contains(" ")) {
                // "President Okoro", with no full name in the article: the one Okoro then in that office
                entry = dictionary.byTitle(actor.name(), actor.role(), date);
                if (entry != null && dictionary.keptApart(entry, actor.name())) {
                    entry = null;
                }
            }
            if (entry == null) {
                out.put(actor.id(), actor);
                continue;
            }
            ActorDictionary.Affiliation coding = entry.at(date);
            Actor earlier = out.get(entry);
            List<Mention> mentions = new ArrayList<>(earlier == null ? List.of() : earlier.mentions());
            mentions.addAll(actor.mentions());
            mentions.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
            Actor base = earlier == null ? actor : earlier;
            out.put(entry, new Actor(base.id(), entry.name(), entry.type(),
                    coding != null && coding.country() != null ? coding.country() : base.country(),
                    coding != null && coding.sector() != null ? coding.sector() : base.sector(),
                    coding != null && coding.role() != null ? coding.role() : base.role(),
                    mentions));
        }
        return document.withActors(List.copyOf(out.values()));
    }

    private ActorDictionary.Entry match(Actor actor) {
        ActorDictionary.Entry entry = dictionary.lookup(actor.name());
        if (entry != null) {
            return dictionary.keptApart(entry, actor.name()) ? null : entry;
        }
        for (Mention m : actor.mentions()) {
            entry = dictionary.lookup(m.text());
            if (entry != null && !dictionary.keptApart(entry, actor.name())) {
                return entry;
            }
        }
        if (actor.type() == org.argus.model.ActorType.PERSON) {
            entry = dictionary.lookupMisspelt(actor.name()); // "Uhuru Kenyata"
            if (entry != null && !dictionary.keptApart(entry, actor.name())) {
                return entry;
            }
        }
        return null;
    }
}
