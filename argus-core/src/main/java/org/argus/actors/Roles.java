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
        return SECTOR_WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    /** True for words that make up a title before a name ("Foreign Minister", "Gen.", "spokesperson"). */
    static boolean isTitleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return SECTOR_WORDS.containsKey(w) && !w.equals("forces") && !w.equals("troops") && !w.equals("drones")
                || w.equals("deputy") || w.equals("defense") || w.equals("defence") || w.equals("interior")
                || w.equals("special") || w.equals("representative") || w.equals("chief") || w.equals("vice")
                || w.equals("state") || w.equals("leader") || w.equals("head") || w.equals("field");
    }
}
