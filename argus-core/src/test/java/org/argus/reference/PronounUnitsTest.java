package org.argus.reference;

import static org.argus.reference.Actors.CANDIDATES;
import static org.argus.reference.Actors.ROLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.argus.model.ActorType;
import org.argus.rules.Chain;
import org.argus.rules.Rule;
import org.junit.jupiter.api.Test;

/** Each pronoun unit of the resolver alone on the hand-checked parses of pronouns.conllu. */
class PronounUnitsTest {
    private final Actors actors = new Actors("pronouns.conllu");
    private final Actors.Named zambia = actors.actor(ActorType.COUNTRY, "Zambia", null, "ZMB", "Zambia");
    private final Actors.Named mwale = actors.actor(ActorType.PERSON, "Ana Mwale", null, null, "Ana Mwale");
    private final Actors.Named berg = actors.actor(ActorType.PERSON, "Tomas Berg", null, null, "Tomas Berg");
    private final Actors.Named saleh = actors.actor(ActorType.PERSON, "Rami Saleh", null, null, "Rami Saleh");

    @SafeVarargs
    private static List<String> apply(Reference r, Rule<Reference>... units) {
        List<String> trace = new ArrayList<>();
        Chain.of(units).run(r, trace);
        return trace;
    }

    @Test
    void inQuotationRulesOutTheSpeakersPronoun() {
        Reference he = actors.pronoun("\"He is lying", "He");
        assertEquals(List.of("reference.pronoun.in-quotation"), apply(he, new InQuotation()));
        assertTrue(he.ruledOut);
        assertEquals(List.of(), apply(actors.pronoun("Zambia said it", "it"), new InQuotation()));
    }

    @Test
    void headlineRulesOutACapitalisedPronounInsideItsSentence() {
        Reference he = actors.pronoun("Tomas Berg Says", "He");
        assertEquals(List.of("reference.pronoun.headline"), apply(he, new Headline()));
        assertTrue(he.ruledOut);
        assertEquals(List.of(), apply(actors.pronoun("Zambia said it", "it"), new Headline()));
        assertEquals(List.of(), apply(actors.pronoun("She met", "She"), new Headline()), "a pronoun opening its sentence is capitalised anyway");
    }

    @Test
    void itAsSubjectKeepsOnlyTheSubjectOfAVerb() {
        Reference subject = actors.pronoun("The army said it", "it", 0);
        Reference object = actors.pronoun("The army said it", "it", 1);
        assertEquals(List.of(), apply(subject, new ItAsSubject()), "'it would rid': a subject");
        assertEquals(List.of("reference.pronoun.it-subject"), apply(object, new ItAsSubject()), "'rid it of': an object");
        assertTrue(object.ruledOut);
    }

    @Test
    void ownSubjectLeavesTheSubjectOfThePronounsOwnVerbOut() {
        Reference her = actors.pronoun("Tomas Berg called on her", "her");
        assertEquals(List.of("reference.pronoun.own-subject"), apply(her, new OwnSubject(CANDIDATES)));
        assertFalse(her.candidates.contains(berg), "Berg called on her: she is not Berg");
        assertEquals(List.of(), apply(actors.pronoun("Zambia said it", "it"), new OwnSubject(CANDIDATES)), "a subject pronoun");
    }

    @Test
    void sameSentenceResolvesToTheOneFittingActorBefore() {
        Reference it = actors.pronoun("Zambia said it", "it");
        assertEquals(List.of("reference.pronoun.same-sentence"), apply(it, new SameSentence(CANDIDATES)));
        assertSame(zambia, it.antecedent);
        Reference he = actors.pronoun("Tomas Berg told Rami Saleh", "he");
        assertEquals(List.of(), apply(he, new SameSentence(CANDIDATES)), "Berg or Saleh: no guess");
        assertNull(he.antecedent);
    }

    @Test
    void previousSentenceResolvesAPersonsPronounToTheOnePersonOfTheSentenceBefore() {
        Reference she = actors.pronoun("She met", "She");
        assertEquals(List.of("reference.pronoun.previous-sentence"), apply(she, new PreviousSentence(CANDIDATES)));
        assertSame(mwale, she.antecedent);
        Reference her = actors.pronoun("Tomas Berg called on her", "her");
        assertEquals(List.of(), apply(her, new PreviousSentence(CANDIDATES)), "Berg is before it in its own sentence");
        assertEquals(List.of("reference.pronoun.own-subject", "reference.pronoun.previous-sentence"),
                apply(actors.pronoun("Tomas Berg called on her", "her"), new OwnSubject(CANDIDATES), new PreviousSentence(CANDIDATES)),
                "once Berg is left out, the person of the sentence before");
        assertEquals(List.of(), apply(actors.pronoun("Zambia said it", "it"), new PreviousSentence(CANDIDATES)), "not for 'it'");
    }

    @Test
    void nearerPersonUndoesAnAntecedentWhenAnUnnamedPersonStandsBetween() {
        Reference his = actors.pronoun("Rami Saleh asked", "his");
        assertEquals(List.of("reference.pronoun.same-sentence", "reference.pronoun.nearer-person"),
                apply(his, new SameSentence(CANDIDATES), new NearerPerson(ROLES)));
        assertNull(his.antecedent, "the senator stands between Saleh and 'his'");
        Reference she = actors.pronoun("She met", "She");
        assertEquals(List.of("reference.pronoun.previous-sentence"),
                apply(she, new PreviousSentence(CANDIDATES), new NearerPerson(ROLES)), "no one between Mwale and 'She'");
        assertSame(mwale, she.antecedent);
        assertTrue(saleh.mentions().size() == 2, "the fixture names Saleh twice");
    }
}
