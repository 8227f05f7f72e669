package org.argus.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.argus.model.ActorType;
import org.argus.words.Words;

/**
 * The words of offices and groups: which words make up a title before a name ("Foreign Minister",
 * "Gen."), which sector a word tells ("minister" GOV, "army" MIL), which nouns describe an
 * organisation ("the ministry") or one person ("the man"). Shared by the actor stage (titles and
 * names) and the reference resolver (descriptions). Lists {@code reference/sectors},
 * {@code reference/title-words}, {@code reference/not-titles}, {@code reference/office-nouns},
 * {@code reference/abbreviated-titles}, {@code reference/organisation-nouns} and
 * {@code reference/person-nouns}. Immutable and thread-safe.
 */
public final class Roles {
    private final Map<String, String> sectors;
    private final Set<String> titleWords;
    private final Set<String> notTitles;
    private final Map<String, List<String>> offices;
    private final Map<String, String> abbreviated;
    private final Set<String> organisationNouns;
    private final Set<String> personNouns;

    public Roles(Words words) {
        this.sectors = words.table("reference/sectors");
        this.titleWords = words.set("reference/title-words");
        this.notTitles = words.set("reference/not-titles");
        this.offices = words.table("reference/office-nouns").entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> Arrays.stream(e.getValue().split("\\|")).map(String::strip).toList()));
        this.abbreviated = words.table("reference/abbreviated-titles");
        this.organisationNouns = words.set("reference/organisation-nouns");
        this.personNouns = words.set("reference/person-nouns");
    }

    /** The sector a word signals, or null: "Secretary-General" as one token is looked up whole, else by its head. */
    public String sector(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String s = sectors.get(w);
        if (s == null && w.contains("-")) {
            s = sectors.get(w.substring(w.lastIndexOf('-') + 1));
        }
        return s;
    }

    /** True for words that make up a title before a name ("Foreign Minister", "Gen.", "spokesperson", "former"). */
    public boolean isTitleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("-") && w.length() > 1) {
            return isTitleWord(w.substring(w.lastIndexOf('-') + 1)) || sectors.containsKey(w);
        }
        return sectors.containsKey(w) && !notTitles.contains(w) || titleWords.contains(w);
    }

    /** True when {@code noun} names the office {@code role} though it is not its head ("diplomat" and "Foreign Minister"). */
    public boolean sameOffice(String noun, String role) {
        String r = role.toLowerCase(Locale.ROOT);
        return offices.getOrDefault(noun, List.of()).stream().anyMatch(r::endsWith);
    }

    /** True for the head noun of a description of an organisation or group: "ministry", "army", "rebels". */
    public boolean isOrganisationNoun(String noun) {
        return organisationNouns.contains(noun.toLowerCase(Locale.ROOT));
    }

    /** True for a title noun that describes one person: a title word with a sector that is no organisation noun ("minister"). */
    public boolean isPersonTitle(String noun) {
        return isTitleWord(noun) && sector(noun) != null && !isOrganisationNoun(noun);
    }

    /** True for a common noun for one person: "man", "candidate", "official". */
    public boolean isPersonNoun(String noun) {
        return personNouns.contains(noun.toLowerCase(Locale.ROOT));
    }

    /**
     * The noun a description uses for a role (a person) or a name (an organisation): "Foreign
     * Minister" is "minister", "Sen." "senator", "Government of National Accord" "government",
     * "Libyan National Army" "army". A hyphenated title stays whole: "the general" is not the Secretary-General.
     */
    public String headNoun(String name, ActorType type) {
        String n = name.toLowerCase(Locale.ROOT);
        int of = n.indexOf(" of ");
        if (type == ActorType.ORGANIZATION && of > 0) {
            n = n.substring(0, of);
        }
        String[] words = abbreviated.getOrDefault(n, n).split("[\\s]+");
        return words[words.length - 1];
    }
}
