package org.argus.model;

import java.util.List;

/**
 * An actor of one article: all its mentions grouped under one canonical name.
 *
 * @param id       id unique within the document (a slug of the canonical name)
 * @param name     canonical name: the fullest proper name in the text
 * @param type     what kind of actor
 * @param country  ISO 3166-1 alpha-3 code of the actor's country, or null
 * @param sector   sector code (GOV, MIL, REB, IGO, ...), or null
 * @param role     role from the text ("Foreign Minister"), or null
 * @param mentions where it is named, in text order
 */
public record Actor(String id, String name, ActorType type, String country, String sector, String role,
                    List<Mention> mentions) {
    public Actor {
        mentions = List.copyOf(mentions);
    }

    /** The distinct names and descriptions by which the text refers to this actor, other than its canonical name (no pronouns). */
    public List<String> aliases() {
        return mentions.stream().filter(m -> m.kind() != Mention.Kind.PRONOUN).map(Mention::text).filter(t -> !t.equals(name))
                .distinct().toList();
    }
}
