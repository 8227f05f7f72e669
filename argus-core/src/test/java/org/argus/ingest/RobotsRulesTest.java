package org.argus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {
    @Test
    void theGroupNamingArgusWinsOverTheOneForEveryone() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /\n\nUser-agent: otherbot\nUser-agent: argus\nDisallow: /drafts/\n"
                + "Crawl-delay: 2.5\n", "Argus");
        assertTrue(rules.allows("/world/story.html"));
        assertFalse(rules.allows("/drafts/x"));
        assertEquals(Duration.ofMillis(2500), rules.crawlDelay());
    }

    @Test
    void theLongestRuleWinsAndAllowWinsATie() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /news/\nAllow: /news/public/\nDisallow: /*.pdf$\n"
                + "Allow: /same\nDisallow: /same\n", "Argus");
        assertFalse(rules.allows("/news/x"));
        assertTrue(rules.allows("/news/public/x"));
        assertFalse(rules.allows("/files/report.pdf"));
        assertTrue(rules.allows("/files/report.pdf?page=2"), "'$' anchors the end");
        assertTrue(rules.allows("/same/thing"));
    }

    @Test
    void anEmptyDisallowAllowsAllAndCommentsAreIgnored() {
        RobotsRules rules = RobotsRules.parse("# nothing is closed\nUser-agent: * # all\nDisallow:\n", "Argus");
        assertTrue(rules.allows("/anything"));
    }

    @Test
    void manyStarsCostLittle() {
        String pattern = "/" + "*a".repeat(200) + "b";
        long t0 = System.nanoTime();
        assertFalse(RobotsRules.matches(pattern, "/" + "a".repeat(5000)));
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000, "a hostile pattern is matched without exponential backtracking");
    }
}
