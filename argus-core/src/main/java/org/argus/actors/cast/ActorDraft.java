package org.argus.actors.cast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.argus.model.ActorType;
import org.argus.model.Mention;
import org.argus.model.Span;
import org.argus.reference.Antecedent;

/**
 * One actor of an article as the actor stage builds it: its name, type, the first country, sector and
 * role a mention gave, and its mentions in text order. Mutable; used by one thread.
 */
public final class ActorDraft implements Antecedent {
    String name;
    final ActorType type;
    String country;
    String sector;
    String role;
    final List<Mention> mentions = new ArrayList<>();
    private final List<Mention> view = Collections.unmodifiableList(mentions);

    ActorDraft(String name, ActorType type) {
        this.name = name;
        this.type = type;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ActorType type() {
        return type;
    }

    @Override
    public String country() {
        return country;
    }

    public String sector() {
        return sector;
    }

    @Override
    public String role() {
        return role;
    }

    @Override
    public List<Mention> mentions() {
        return view;
    }

    /** Adds a mention; a country, sector or role it brings fills what the actor lacks. */
    void mention(String text, Span span, String c, String s, String r, Mention.Kind kind, List<String> trace) {
        mentions.add(new Mention(text, span, kind, trace));
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        if (country == null) {
            country = c;
        }
        if (sector == null) {
            sector = s;
        }
        if (role == null) {
            role = r;
        }
    }
}
