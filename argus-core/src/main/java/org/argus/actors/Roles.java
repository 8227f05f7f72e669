package org.argus.actors;

import java.util.Locale;
import java.util.Map;

/** Title and organisation words that tell an actor's sector: "minister" is GOV, "army" is MIL. */
final class Roles {
    private static final Map<String, String> SECTOR_WORDS = Map.ofEntries(
            Map.entry("minister", "GOV"), Map.entry("ministry", "GOV"), Map.entry("president", "GOV"),
            Map.entry("prime", "GOV"), Map.entry("government", "GOV"), Map.entry("spokesperson", "GOV"),
            Map.entry("spokesman", "GOV"), Map.entry("spokeswoman", "GOV"), Map.entry("secretary", "GOV"),
            Map.entry("ambassador", "GOV"), Map.entry("envoy", "GOV"), Map.entry("diplomat", "GOV"),
            Map.entry("chancellor", "GOV"), Map.entry("king", "GOV"), Map.entry("kremlin", "GOV"),
            Map.entry("foreign", "GOV"), Map.entry("cabinet", "GOV"), Map.entry("presidency", "GOV"),
            Map.entry("counterpart", "GOV"), Map.entry("secretary-general", "GOV"), Map.entry("negotiator", "GOV"),
            Map.entry("mediator", "GOV"), Map.entry("adviser", "GOV"), Map.entry("advisor", "GOV"),
            Map.entry("governor", "GOV"), Map.entry("mayor", "GOV"), Map.entry("premier", "GOV"),
            Map.entry("emir", "GOV"), Map.entry("sultan", "GOV"), Map.entry("crown", "GOV"), Map.entry("prince", "GOV"),
            Map.entry("admiral", "MIL"), Map.entry("lieutenant", "MIL"), Map.entry("major", "MIL"),
            Map.entry("brigadier", "MIL"), Map.entry("warlord", "REB"), Map.entry("strongman", "MIL"),
            Map.entry("police", "COP"), Map.entry("activist", "CVL"), Map.entry("journalist", "MED"),
            Map.entry("correspondent", "MED"), Map.entry("reporter", "MED"), Map.entry("cleric", "REL"),
            Map.entry("imam", "REL"), Map.entry("pastor", "REL"),
            Map.entry("justice", "JUD"), Map.entry("rep.", "LEG"), Map.entry("sen.", "LEG"), Map.entry("gov.", "GOV"),
            Map.entry("congressman", "LEG"), Map.entry("congresswoman", "LEG"), Map.entry("bishop", "REL"), Map.entry("pope", "REL"),
            Map.entry("army", "MIL"), Map.entry("military", "MIL"), Map.entry("forces", "MIL"), Map.entry("force", "MIL"),
            Map.entry("general", "MIL"), Map.entry("gen.", "MIL"), Map.entry("commander", "MIL"), Map.entry("navy", "MIL"),
            Map.entry("marshal", "MIL"), Map.entry("colonel", "MIL"), Map.entry("troops", "MIL"), Map.entry("command", "MIL"),
            Map.entry("drones", "MIL"), Map.entry("militia", "REB"), Map.entry("militias", "REB"), Map.entry("rebels", "REB"),
            Map.entry("rebel", "REB"), Map.entry("insurgents", "REB"), Map.entry("opposition", "OPP"),
            Map.entry("parliament", "LEG"), Map.entry("senate", "LEG"), Map.entry("congress", "LEG"), Map.entry("lawmaker", "LEG"),
            Map.entry("senator", "LEG"), Map.entry("court", "JUD"), Map.entry("judge", "JUD"), Map.entry("prosecutor", "JUD"),
            Map.entry("party", "PTY"), Map.entry("agency", "MED"), Map.entry("newspaper", "MED"), Map.entry("television", "MED"),
            Map.entry("company", "BUS"), Map.entry("corporation", "BUS"), Map.entry("intelligence", "SPY"),
            Map.entry("refugees", "REF"), Map.entry("civilians", "CVL"), Map.entry("mercenaries", "UAF"),
            Map.entry("contractors", "UAF"));

    private Roles() {
    }

    /** The sector a word signals, or null. */
    static String sector(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String s = SECTOR_WORDS.get(w);
        if (s == null && w.contains("-")) {
            // "Secretary-General" as one token: the whole compound first, else its head
            s = SECTOR_WORDS.get(w.substring(w.lastIndexOf('-') + 1));
        }
        return s;
    }

    /** Nouns news uses for an office other than its title's own head: a country's "top diplomat" is its foreign minister. */
    private static final Map<String, java.util.List<String>> OFFICE_NOUNS = Map.of(
            "diplomat", java.util.List.of("foreign minister", "foreign secretary", "secretary of state", "minister of foreign affairs"));

    /** True when {@code noun} names the office {@code role} ("diplomat" and "Foreign Minister"). */
    static boolean sameOffice(String noun, String role) {
        String r = role.toLowerCase(Locale.ROOT);
        return OFFICE_NOUNS.getOrDefault(noun, java.util.List.of()).stream().anyMatch(r::endsWith);
    }

    /** True for words that make up a title before a name ("Foreign Minister", "Gen.", "spokesperson"). */
    static boolean isTitleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("-") && w.length() > 1 && !w.equals("-")) {
            return isTitleWord(w.substring(w.lastIndexOf('-') + 1)) || SECTOR_WORDS.containsKey(w);
        }
        return SECTOR_WORDS.containsKey(w) && !w.equals("forces") && !w.equals("troops") && !w.equals("drones")
                || w.equals("deputy") || w.equals("defense") || w.equals("defence") || w.equals("interior")
                || w.equals("special") || w.equals("representative") || w.equals("chief") || w.equals("vice")
                || w.equals("state") || w.equals("leader") || w.equals("head") || w.equals("field")
                || w.equals("top") || w.equals("senior") || w.equals("former") || w.equals("federal") || w.equals("acting")
                || w.equals("assistant") || w.equals("junior") || w.equals("outgoing") || w.equals("ousted")
                || w.equals("interim") || w.equals("caretaker") || w.equals("undersecretary") || w.equals("under-secretary")
                || w.equals("high") || w.equals("commissioner") || w.equals("security") || w.equals("national")
                || w.equals("affairs") || w.equals("finance") || w.equals("economy") || w.equals("justice");
    }
}
