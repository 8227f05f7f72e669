package org.argus.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.argus.model.Actor;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.argus.model.Mention;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.rules.Chain;
import org.argus.rules.Rule;
import org.junit.jupiter.api.Test;

/** The relative-pronoun units alone, and what a token refers to in a document with actors, on hand-checked parses. */
class ReferencesTest {
    private static final References REFERENCES = new References(Actors.WORDS);
    private final Actors relatives = new Actors("relatives.conllu");

    private static List<String> apply(Reference r, Rule<Reference> unit) {
        List<String> trace = new ArrayList<>();
        Chain.of(unit).run(r, trace);
        return trace;
    }

    private Reference relative(String start, String word) {
        Sentence s = relatives.sentence(start);
        int i = 0;
        while (!s.tokens().get(i).word().equals(word)) {
            i++;
        }
        return new Reference(Reference.Kind.RELATIVE, relatives.doc.text(), relatives.doc.annotation().sentences(), s, i, relatives,
                java.util.Set.of(), (char) 0);
    }

    private String word(Reference r) {
        return r.antecedentToken < 0 ? null : r.sentence.tokens().get(r.antecedentToken).word();
    }

    @Test
    void relativeClauseStandsForTheNounItsClauseModifies() {
        Reference which = relative("Zambia, which", "which");
        assertEquals(List.of("reference.relative.clause"), apply(which, new RelativeClause()));
        assertEquals("Zambia", word(which));
        Reference who = relative("The envoy who", "who");
        apply(who, new RelativeClause());
        assertEquals("envoy", word(who));
        Reference object = relative("Soldiers fired", "which");
        apply(object, new RelativeClause());
        assertEquals("Lusaka", word(object), "the object of its clause too");
        assertEquals(List.of(), apply(relative("The army said that", "that"), new RelativeClause()), "'that' opening a reported clause");
    }

    @Test
    void relativeAfterCommaStandsForTheNounBeforeTheCommaWhenTheParseShowsNoClause() {
        Reference who = relative("Police attacked supporters", "who");
        assertEquals(List.of(), apply(who, new RelativeClause()), "the parser hung 'who said' on the main verb");
        assertEquals(List.of("reference.relative.after-comma"), apply(who, new RelativeAfterComma(java.util.Set.of("who", "which"))));
        assertEquals("Mwale", word(who));
        assertEquals(List.of(), apply(relative("The army said that", "that"), new RelativeAfterComma(java.util.Set.of("who", "which"))));
    }

    @Test
    void atGivesTheActorOfTheTightestMentionOverATokenOrOverARelativesNoun() {
        Document doc = relatives.doc;
        String text = doc.text();
        int zambia = text.indexOf("Zambia");
        int mwale = text.indexOf("Ana Mwale");
        int leader = text.indexOf("the opposition leader Ana Mwale");
        Actor country = new Actor("zambia", "Zambia", ActorType.COUNTRY, "ZMB", null, null,
                List.of(new Mention("Zambia", new Span(zambia, zambia + 6), Mention.Kind.NAME,
                        List.of("actor.mention.known-country", "actor.group.country"))));
        Actor person = new Actor("ana-mwale", "Ana Mwale", ActorType.PERSON, null, "OPP", null, List.of(
                new Mention("the opposition leader Ana Mwale", new Span(leader, mwale + 9), Mention.Kind.DESCRIPTION,
                        List.of("actor.describe.apposition")),
                new Mention("Ana Mwale", new Span(mwale, mwale + 9), Mention.Kind.NAME, List.of("actor.mention.person"))));
        Document withActors = doc.withActors(List.of(country, person));

        Sentence first = relatives.sentence("Zambia, which");
        Referent which = REFERENCES.at(withActors, first, 2);
        assertEquals("Zambia", which.actor().name());
        assertEquals(List.of("reference.relative.clause", "actor.mention.known-country", "actor.group.country"), which.trace(),
                "how 'which' came to Zambia: the relative unit, then the mention's own units");
        assertEquals("Zambia", REFERENCES.at(withActors, first, 0).mention().text());
        assertNull(REFERENCES.at(withActors, first, 5), "'the army' is no one here");

        Sentence third = relatives.sentence("Police attacked supporters");
        assertEquals("Ana Mwale", REFERENCES.at(withActors, third, 8).mention().text(), "the tighter of two mentions");
        Referent who = REFERENCES.at(withActors, third, 10);
        assertEquals("Ana Mwale", who.actor().name());
        assertEquals("reference.relative.after-comma", who.trace().get(0));
        assertEquals(6, REFERENCES.antecedent(third, 6, new ArrayList<>()), "a noun stands for itself");
    }
}
