package org.argus.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One site's robots.txt as it applies to Argus (RFC 9309): the group naming Argus, else the group
 * for every robot ({@code *}); among its Allow and Disallow rules the longest match wins, Allow on a
 * tie; {@code *} matches any characters and a final {@code $} the end of the path. Immutable.
 */
final class RobotsRules {
    /** What a site that has no robots.txt (or answers 4xx for it) allows: everything. */
    static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), null);
    /** What a site whose robots.txt cannot be read (5xx, no answer) allows: nothing, as RFC 9309 says. */
    static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false)), null);

    private record Rule(String pattern, boolean allow) {
    }

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsRules(List<Rule> rules, Duration crawlDelay) {
        this.rules = List.copyOf(rules);
        this.crawlDelay = crawlDelay;
    }

    /** Reads a robots.txt for the robot named {@code robot} (matched case-insensitively). */
    static RobotsRules parse(String text, String robot) {
        String me = robot.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> anyone = new ArrayList<>();
        Duration myDelay = null;
        Duration anyDelay = null;
        boolean named = false;
        // the current group: the user-agent lines that opened it, then its rules
        boolean forMe = false;
        boolean forAnyone = false;
        boolean inRules = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (inRules) {
                    forMe = false;
                    forAnyone = false;
                    inRules = false;
                }
                String agent = value.toLowerCase(Locale.ROOT);
                if (agent.equals("*")) {
                    forAnyone = true;
                } else if (!agent.isEmpty() && (me.startsWith(agent) || agent.startsWith(me))) {
                    forMe = true;
                    named = true;
                }
            } else if (field.equals("allow") || field.equals("disallow")) {
                inRules = true;
                if (value.isEmpty()) {
                    continue; // "Disallow:" with no path allows everything
                }
                Rule rule = new Rule(value, field.equals("allow"));
                if (forMe) {
                    mine.add(rule);
                }
                if (forAnyone) {
                    anyone.add(rule);
                }
            } else if (field.equals("crawl-delay")) {
                inRules = true;
                Duration delay = seconds(value);
                if (forMe) {
                    myDelay = delay;
                }
                if (forAnyone) {
                    anyDelay = delay;
                }
            }
        }
        return named ? new RobotsRules(mine, myDelay) : new RobotsRules(anyone, anyDelay);
    }

    private static Duration seconds(String value) {
        try {
            double s = Double.parseDouble(value);
            return s >= 0 && s <= 86_400 ? Duration.ofMillis(Math.round(s * 1000)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether Argus may fetch {@code path} (the URL's path and query, starting with '/'). */
    boolean allows(String path) {
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.pattern(), path) && (best == null || r.pattern().length() > best.pattern().length()
                    || r.pattern().length() == best.pattern().length() && r.allow())) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    /** The Crawl-delay the site asks of Argus, or null. */
    Duration crawlDelay() {
        return crawlDelay;
    }

    /**
     * {@code *} matches any run of characters; a final {@code $} anchors the end; otherwise a prefix
     * match. Linear backtracking to the last star, so a hostile pattern of many stars costs at most
     * pattern length times path length.
     */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        int pi = 0;
        int si = 0;
        int star = -1;
        int mark = 0;
        while (si < path.length()) {
            if (pi == p.length() && !anchored) {
                return true;
            }
            if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (pi < p.length() && p.charAt(pi) == path.charAt(si)) {
                pi++;
                si++;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
