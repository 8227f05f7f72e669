package org.argus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.argus.model.Actor;
import org.argus.model.Document;
import org.argus.model.Mention;
import org.junit.jupiter.api.Test;

/** The actor stage's chains as shipped, on hand-checked parses: which units made each mention. */
class ActorStageChainsTest {
    private static final ActorStage STAGE = new ActorStage(Parses.KNOWLEDGE, Parses.WORDS);

    private static Actor named(Document d, String name) {
        return d.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + d.actors()));
    }

    private static List<String> traces(Actor a) {
        return a.mentions().stream().map(m -> m.text() + " " + m.trace()).toList();
    }

    @Test
    void everyMentionSaysWhichUnitsReadItAndJoinedIt() {
        Document d = STAGE.apply(Parses.parse("groups.conllu"));
        assertEquals(List.of(
                "Ana Mwale [actor.mention.person, actor.group.name]",
                "Mwale [actor.mention.person, actor.group.surname]",
                "Ana Mwale [actor.mention.person, actor.group.name]",
                "Ana Mwale [actor.mention.person, actor.group.name]"), traces(named(d, "Ana Mwale")));
        List<Actor> authorities = d.actors().stream().filter(a -> a.name().equals("Zambezi River Authority")).toList();
        assertEquals(List.of(
                "Zambezi River Authority [actor.mention.organisation, actor.group.acronym-defined, actor.group.name]",
                "ZRA [actor.mention.organisation, actor.group.acronym]",
                "ZRA [actor.mention.organisation, actor.group.acronym]",
                "Zambezi River Authority [actor.mention.organisation, actor.group.name]",
                "ZRA [actor.mention.organisation, actor.group.acronym]"), traces(authorities.get(0)),
                "one authority: the acronym defined for it joins it wherever it is used");
        assertEquals(List.of(
                "Zambia [actor.mention.known-country, actor.group.country]",
                "Zambian [actor.mention.demonym, actor.group.country]",
                "Lusaka [actor.mention.capital, actor.group.country]"), traces(named(d, "Zambia")));
        assertEquals(Mention.Kind.NAME, named(d, "Zambia").mentions().get(1).kind());
        assertEquals("GOV", named(d, "Zambia").sector(), "the first mention that tells a sector gives it: the acting capital's");
    }

    @Test
    void referencesAreMentionsWithTheResolversTrace() {
        Document d = STAGE.apply(Parses.parse("codes.conllu"));
        Actor mwale = named(d, "Ana Mwale");
        assertEquals(List.of(
                "Ana Mwale [actor.mention.person, actor.code.title, actor.group.name]",
                "Ana Mwale [actor.mention.person, actor.describe.apposition, actor.group.name]",
                "the army commander [actor.describe.apposition]"), traces(mwale), "the name the description is tied to says so too");
        assertEquals("Defence Minister", mwale.role(), "the first mention's title gives the role");
    }
}
