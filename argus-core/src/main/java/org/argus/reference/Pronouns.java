package org.argus.reference;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.argus.model.ActorType;
import org.argus.words.Words;

/** The pronouns a reference may resolve (list {@code reference/pronouns}): what each can stand for and its gender. Immutable. */
final class Pronouns {
    private static final Set<ActorType> GROUP = EnumSet.of(ActorType.ORGANIZATION, ActorType.COUNTRY, ActorType.GROUP);

    private final Map<String, Set<ActorType>> types = new HashMap<>();
    private final Map<String, Character> genders = new HashMap<>();

    Pronouns(Words words) {
        words.table("reference/pronouns").forEach((word, value) -> {
            String[] f = value.split("\t");
            Set<ActorType> t = switch (f[0].strip()) {
                case "person" -> EnumSet.of(ActorType.PERSON);
                case "group" -> GROUP;
                default -> throw new IllegalStateException("reference/pronouns: '" + word + "' stands for '" + f[0]
                        + "', expected person or group");
            };
            types.put(word, Set.copyOf(t));
            String g = f.length > 1 ? f[1].strip() : "-";
            genders.put(word, g.equals("m") || g.equals("f") ? g.charAt(0) : (char) 0);
        });
    }

    /** The actor types {@code word} can stand for, or null when it is no pronoun the resolver reads. */
    Set<ActorType> types(String word) {
        return types.get(word.toLowerCase(Locale.ROOT));
    }

    /** 'm' for he, him, his; 'f' for she, her; 0 for the others. */
    char gender(String word) {
        return genders.getOrDefault(word.toLowerCase(Locale.ROOT), (char) 0);
    }
}
