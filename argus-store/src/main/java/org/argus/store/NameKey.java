package org.argus.store;

import java.text.Normalizer;
import java.util.Locale;

/** The key under which actors of different articles are taken to be one: accents, case and punctuation ignored. */
final class NameKey {
    private NameKey() {
    }

    static String of(String name, String type) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        plain = plain.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return type + ":" + plain;
    }

    static String slug(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
