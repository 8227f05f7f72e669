package org.argus.corpus;

import java.text.Normalizer;
import java.util.Locale;

/** The key under which actors of different articles are taken to be one: accents, case and punctuation ignored. */
public final class NameKey {
    private NameKey() {
    }

    /** The key of an actor called {@code name}, of type {@code type} (an {@code ActorType} name): "PERSON:khalifa haftar". */
    public static String of(String name, String type) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        plain = plain.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return type + ":" + plain;
    }

    /** The corpus actor id made of a name key: "person-khalifa-haftar". */
    public static String slug(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
