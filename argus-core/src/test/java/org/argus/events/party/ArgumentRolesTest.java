package org.argus.events.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.argus.events.EventDraft;
import org.argus.events.Parsed;
import org.argus.events.TimeWords;
import org.junit.jupiter.api.Test;

/** The argument role table ({@code events/roles.tsv}), row by row, on hand-checked parses (fixture {@code parties.conllu}). */
class ArgumentRolesTest {
    private static Parsed parse(String text) {
        return Parsed.sentence("parties.conllu", text);
    }

    /** The draft of the event at {@code word} after the role pass. */
    private static EventDraft pass(Parsed p, String word) {
        return PartyUnitsTest.draft(p, word);
    }

    private static List<String> rows(EventDraft d) {
        return d.trace.stream().filter(t -> t.startsWith("event.role.")).toList();
    }

    @Test
    void theSubjectIsTheSourceAndTheObjectTheTarget() {
        Parsed p = parse("Chad attacked Niger on Monday.");
        EventDraft d = pass(p, "attacked");
        assertEquals(List.of("Chad"), p.words(d.sources));
        assertEquals(List.of("Niger"), p.words(d.targets));
        assertEquals(List.of("event.role.subject", "event.role.object"), rows(d));
    }

    @Test
    void aPassiveSubjectIsTheTargetAndTheAgentTheSource() {
        Parsed p = parse("Niger was attacked by Chad.");
        EventDraft d = pass(p, "attacked");
        assertEquals(List.of("Chad"), p.words(d.sources));
        assertEquals(List.of("Niger"), p.words(d.targets));
        assertTrue(d.passive);
        assertEquals(List.of("event.role.passive-subject", "event.role.agent"), rows(d));
    }

    @Test
    void aCoActorAlongWithTheSubjectIsASourceInParseOrder() {
        Parsed p = parse("Kenya, along with Uganda, backed the rebels.");
        EventDraft d = pass(p, "backed");
        assertEquals(List.of("Kenya", "Uganda"), p.words(d.sources));
        assertEquals(List.of("event.role.subject", "event.role.along-with", "event.role.object"), rows(d));
    }

    @Test
    void aNounsPossessorIsItsSourceAndItsPrepositionalModifierItsTarget() {
        Parsed p = parse("Turkey's support for the rebels grew.");
        EventDraft d = pass(p, "support");
        assertEquals(List.of("Turkey"), p.words(d.sources));
        assertEquals(List.of("rebels"), p.words(d.targets));
        assertEquals(List.of("event.role.noun-possessor", "event.role.noun-for"), rows(d));
    }

    @Test
    void theCapitalizedAdjectiveOfANounIsItsSource() {
        Parsed p = parse("Russian attacks on the town continued.");
        EventDraft d = pass(p, "attacks");
        assertEquals(List.of("Russian"), p.words(d.sources));
        assertEquals(List.of("town"), p.words(d.targets));
        assertEquals(List.of("event.role.noun-adjective", "event.role.noun-on"), rows(d));
    }

    @Test
    void talksBetweenTwoPartiesAreTheirs() {
        Parsed p = parse("The talks between Kenya and Uganda ended.");
        EventDraft d = pass(p, "talks");
        assertEquals(List.of("Kenya"), p.words(d.sources), "Uganda joins as its conjunct");
        assertEquals(List.of("event.role.noun-between"), rows(d));
        Parsed mediation = parse("Norway launched a mediation effort on Saturday between Kenya and Uganda.");
        assertTrue(pass(mediation, "mediation").targets.isEmpty(), "a date is no party of an effort (row event.role.noun-on is not-time)");
    }

    @Test
    void theFirstPrepositionalArgumentInTableOrderThatIsNoDateIsTheTargetOfLastResort() {
        ArgumentRoles roles = new ArgumentRoles(new TimeWords(Parsed.WORDS), new HyphenlessRuled());
        Parsed p = parse("Chad attacked Niger on Monday.");
        assertEquals(null, roles.prepositional(p.sentence(), p.token("attacked")), "Monday is no party");
        Parsed principle = parse("The rebels agreed in principle.");
        ArgumentRoles.Found found = roles.prepositional(principle.sentence(), principle.token("agreed"));
        assertEquals("event.role.in", found.row());
        assertEquals(List.of("principle"), principle.words(found.heads()));
    }

    @Test
    void aBadRowFailsNamingItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ArgumentRoles("/org/argus/events/bad-roles.tsv", new TimeWords(Parsed.WORDS), new HyphenlessRuled()));
        assertTrue(e.getMessage().startsWith("bad-roles.tsv:3: "), e.getMessage());
        assertTrue(e.getMessage().contains("PATIENT"), e.getMessage());
    }

    @Test
    void everyRowIdIsStageDotPartDotNameAndHasItsLineInTheRulesDoc() throws IOException {
        ArgumentRoles roles = new ArgumentRoles(new TimeWords(Parsed.WORDS), new HyphenlessRuled());
        String docs = Files.readString(Path.of("..", "docs", "rules.md"));
        List<String> missing = new ArrayList<>();
        for (String id : roles.rowIds()) {
            assertTrue(id.matches("event\\.role\\.[a-z0-9-]+"), id);
            if (!docs.contains("`" + id + "`")) {
                missing.add(id);
            }
        }
        assertEquals(List.of(), missing, "rows with no line in docs/rules.md");
    }
}
