package org.argus.corpus;

import java.util.Locale;
import java.util.Set;

/** The party id of an event party that no corpus actor covers, for clustering reports of one event. Pure. */
public final class PartyIds {
    /** Words that open a description or a pronoun rather than a name: "he", "the town", "most". */
    private static final Set<String> NOT_A_NAME = Set.of("he", "she", "it", "they", "we", "i", "you", "his", "her",
            "its", "their", "our", "my", "your", "this", "that", "these", "those", "the", "a", "an", "some", "most", "many", "each",
            "both", "all", "who", "which", "one", "other", "others", "another", "several", "few");

    private PartyIds() {
    }

    /**
     * The party id of a name no corpus actor covers: a proper name ("Sahara Brigade") matches the same
     * name in other events; a pronoun or a description ("he", "the town") has no id (null), since it
     * names different things in different sentences.
     */
    public static String unresolved(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        String first = lower.split("[\\s'\u2019]+", 2)[0];
        boolean proper = !name.isBlank() && Character.isUpperCase(name.strip().charAt(0)) && !NOT_A_NAME.contains(first);
        return proper ? "name:" + lower : null;
    }
}
