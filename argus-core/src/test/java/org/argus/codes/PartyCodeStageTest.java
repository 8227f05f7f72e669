package org.argus.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.ActorType;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.EventType;
import org.argus.model.InputFormat;
import org.argus.model.Mention;
import org.argus.model.Place;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.model.Span;
import org.argus.model.Predicate;
import org.argus.output.DocumentJson;
import org.argus.words.Words;
import org.junit.jupiter.api.Test;

/** How the codes stage codes the parties of an event, as the JSONL output shows them. */
class PartyCodeStageTest {
    private static final PartyCodeStage STAGE = new PartyCodeStage(Words.shipped());

    private static List<String> trace(JsonNode event) {
        List<String> out = new java.util.ArrayList<>();
        event.get("trace").forEach(t -> out.add(t.asText()));
        return out;
    }

    private static JsonNode coded(Document d) {
        return new DocumentJson().toJson(STAGE.apply(d)).get("events").get(0);
    }

    private static Event event(EventType type, List<ActorRef> source, List<ActorRef> target, Place place, Span sentence, Mention trigger,
                               Predicate.Form form) {
        return new Event(type, null, null, false, source, target, null, place, sentence, trigger,
                new Predicate("test/verb", "test", form), null, Event.Modality.ASSERTED, List.of());
    }

    private static JsonNode event(String text, ActorRef source, ActorRef target, Place place) {
        return event(text, source, List.of(target), place);
    }

    private static JsonNode event(String text, ActorRef source, List<ActorRef> target, Place place) {
        RawDocument raw = new RawDocument("e", SourceRef.file("e.txt"), InputFormat.TEXT, text, null, null, null, null);
        int trigger = text.indexOf("blocked");
        Event e = event(EventType.PROTEST, List.of(source), target, place, new Span(0, text.length()),
                new Mention("blocked", new Span(trigger, trigger + 7)), Predicate.Form.ACTIVE);
        Document d = Document.of(raw).withArticle(new Article(null, text, null, null, null, List.of())).withEvents(List.of(e));
        return coded(d);
    }

    private static ActorRef party(String text, String words, String actorId, String country) {
        int at = text.indexOf(words);
        return new ActorRef(words, actorId, country, null, new Span(at, at + words.length()));
    }

    @Test
    void anUnnamedCrowdTakesThePlacesCountryAsItsCodeAndSaysSo() {
        String text = "Protesters in Lusaka blocked a road to the airport.";
        Place lusaka = new Place("Lusaka", "ZMB", -15.4, 28.3, new Span(14, 20));
        JsonNode e = event(text, party(text, "Protesters", null, null), party(text, "a road", null, null), lusaka);
        JsonNode source = e.get("source").get(0);
        assertEquals("ZMB", source.get("code").asText());
        assertEquals("place", source.get("codeFrom").asText());
        assertTrue(source.get("country").isNull(), "the place codes the event, it does not give the crowd a nationality");
        JsonNode road = e.get("target").get(0);
        assertEquals("ZMB", road.get("code").asText(), "a thing acted on is coded with the place it is in");
        assertEquals("Lusaka", road.get("place").get("name").asText());
        assertTrue(road.get("actor").isNull() && road.get("country").isNull());
        assertEquals("[\"code.party.place\"]", e.get("trace").toString(), "the unit that coded them is in the trace");
    }

    @Test
    void aPartyNamingAPlaceIsCodedWithThatPlaceNotTheEventsPlace() {
        String text = "Students of Kitwe College blocked a road in Lusaka.";
        Place kitwe = new Place("Kitwe", "ZMB", -12.8, 28.2, new Span(12, 17));
        Place elsewhere = new Place("Lusaka", "XXX", -15.4, 28.3, new Span(text.indexOf("Lusaka"), text.indexOf("Lusaka") + 6));
        JsonNode e = event(text, party(text, "Students of Kitwe College", null, null).withPlace(kitwe), party(text, "a road", null, null),
                elsewhere);
        assertEquals("ZMB", e.get("source").get(0).get("code").asText());
        assertEquals("Kitwe", e.get("source").get(0).get("place").get("name").asText());
        assertEquals("XXX", e.get("target").get(0).get("code").asText());
    }

    @Test
    void aNamedActorOrAKnownCountryIsNeverCodedByThePlace() {
        String text = "Amina Okoro blocked the Kenyan protesters in Lusaka.";
        Place lusaka = new Place("Lusaka", "ZMB", -15.4, 28.3, new Span(text.indexOf("Lusaka"), text.indexOf("Lusaka") + 6));
        JsonNode e = event(text, party(text, "Amina Okoro", "amina-okoro", null), party(text, "the Kenyan protesters", null, "KEN"), lusaka);
        assertTrue(e.get("source").get(0).get("code").isNull(), "a visitor is not of the place she is in");
        assertEquals("KEN", e.get("target").get(0).get("code").asText());
        assertEquals("actor", e.get("target").get(0).get("codeFrom").asText(), "its own country codes it");
    }

    @Test
    void aProtestAimedAtNoOneNamedIsCodedAgainstTheAuthoritiesOfItsPlace() {
        String text = "Students blocked the main avenue of Lusaka for a day.";
        Place lusaka = new Place("Lusaka", "ZMB", -15.4, 28.3, new Span(text.indexOf("Lusaka"), text.indexOf("Lusaka") + 6));
        JsonNode target = event(text, party(text, "Students", null, null), List.of(), lusaka).get("target");
        assertEquals(1, target.size(), target::toString);
        assertEquals("ZMB", target.get(0).get("code").asText());
        assertEquals("GOV", target.get(0).get("sector").asText());
        assertEquals("place", target.get(0).get("codeFrom").asText());
        assertTrue(target.get(0).get("name").isNull() && target.get(0).get("actor").isNull(), "no actor is invented");
        assertEquals(List.of("code.party.place", "code.party.implied-protest-aim"), trace(event(text, party(text, "Students", null, null),
                List.of(), lusaka)));
    }

    @Test
    void withoutAPlaceTheProtestersOwnCountryIsTheImpliedTargetAndWithoutEitherThereIsNone() {
        String text = "Zambian students blocked the avenue.";
        JsonNode target = event(text, party(text, "Zambian students", null, "ZMB"), List.of(), null).get("target");
        assertEquals("ZMB", target.get(0).get("code").asText());
        assertEquals("source", target.get(0).get("codeFrom").asText());
        assertEquals(0, event(text, party(text, "Zambian students", null, null), List.of(), null).get("target").size());
    }

    @Test
    void aProtestActingOnAThingIsStillAimedAtTheAuthoritiesButNotTwice() {
        String text = "Zambian students blocked roads into the capital.";
        JsonNode target = event(text, party(text, "Zambian students", null, "ZMB"), party(text, "roads", null, null), null)
                .get("target");
        assertEquals(2, target.size(), target::toString);
        assertTrue(target.get(0).get("code").isNull(), "the roads keep their words and no code");
        assertEquals("ZMB", target.get(1).get("code").asText());
        assertEquals("source", target.get(1).get("codeFrom").asText());
        String named = "Zambian students blocked the Kenyan embassy.";
        JsonNode embassy = event(named, party(named, "Zambian students", null, "ZMB"), party(named, "the Kenyan embassy", null, "KEN"),
                null).get("target");
        assertEquals(1, embassy.size(), "a protest at a named party is aimed at it: " + embassy);
        String placed = "Students in Lusaka blocked roads.";
        Place lusaka = new Place("Lusaka", "ZMB", -15.4, 28.3, new Span(placed.indexOf("Lusaka"), placed.indexOf("Lusaka") + 6));
        JsonNode coded = event(placed, party(placed, "Students", null, null), party(placed, "roads", null, null), lusaka).get("target");
        assertEquals(1, coded.size(), "the roads already carry the place's code: " + coded);
    }

    private static JsonNode attack(String text, String trigger, Predicate.Form form, List<ActorRef> target, Place place) {
        RawDocument raw = new RawDocument("e", SourceRef.file("e.txt"), InputFormat.TEXT, text, null, null, null, null);
        int at = text.indexOf(trigger);
        Event e = event(EventType.ASSAULT, List.of(), target, place, new Span(0, text.length()),
                new Mention(trigger, new Span(at, at + trigger.length())), form);
        Document d = Document.of(raw).withArticle(new Article(null, text, null, null, null, List.of())).withEvents(List.of(e));
        return coded(d);
    }

    @Test
    void attackersAPassiveLeavesUnnamedAreCodedByThePlaceAndSaySo() {
        String text = "A judge was killed in Lusaka on Friday.";
        Place lusaka = new Place("Lusaka", "ZMB", -15.4, 28.3, new Span(text.indexOf("Lusaka"), text.indexOf("Lusaka") + 6));
        JsonNode source = attack(text, "killed", Predicate.Form.PASSIVE, List.of(party(text, "A judge", null, null)), lusaka)
                .get("source");
        assertEquals(1, source.size(), source::toString);
        assertEquals("ZMB", source.get(0).get("code").asText());
        assertEquals("place", source.get(0).get("codeFrom").asText());
        assertTrue(source.get(0).get("name").isNull() && source.get(0).get("actor").isNull(), "no actor is invented");
        assertTrue(source.get(0).get("sector").isNull(), "unidentified attackers are not the authorities");
        assertEquals(List.of("code.party.place", "code.party.implied-attacker"),
                trace(attack(text, "killed", Predicate.Form.PASSIVE, List.of(party(text, "A judge", null, null)), lusaka)));
        // without a place, the target's one country; an active verb whose subject was not found gets nothing
        JsonNode byTarget = attack(text, "killed", Predicate.Form.PASSIVE, List.of(party(text, "A judge", null, "ZMB")), null)
                .get("source");
        assertEquals("target", byTarget.get(0).get("codeFrom").asText());
        assertEquals(0, attack(text, "killed", Predicate.Form.ACTIVE, List.of(party(text, "A judge", null, null)), lusaka)
                .get("source").size());
    }

    private static JsonNode among(String text, List<Actor> actors, ActorRef source, ActorRef target, Place place) {
        RawDocument raw = new RawDocument("e", SourceRef.file("e.txt"), InputFormat.TEXT, text, null, null, null, null);
        int trigger = text.indexOf("blocked");
        Event e = event(EventType.PROTEST, List.of(source), List.of(target), place, new Span(0, text.length()),
                new Mention("blocked", new Span(trigger, trigger + 7)), Predicate.Form.ACTIVE);
        Document d = Document.of(raw).withArticle(new Article(null, text, null, null, null, List.of())).withActors(actors)
                .withEvents(List.of(e));
        return coded(d);
    }

    private static Actor actor(String text, String name, org.argus.model.ActorType type, String country) {
        int at = text.indexOf(name);
        return new Actor(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), name, type, country, null, null,
                List.of(new Mention(name, new Span(at, at + name.length()))));
    }

    @Test
    void aPersonOrGroupOfNoKnownCountryIsCodedWithTheOneCountryTheDocumentNamesAndSaysSo() {
        String text = "Supporters of former President Ana Lima blocked roads, the Zambian government said.";
        var lima = actor(text, "Ana Lima", ActorType.PERSON, null);
        var zambia = actor(text, "Zambia", ActorType.COUNTRY, "ZMB");
        JsonNode e = among(text, List.of(lima, zambia), party(text, "Ana Lima", "ana-lima", null), party(text, "roads", null, null), null);
        JsonNode source = e.get("source").get(0);
        assertEquals("ZMB", source.get("code").asText());
        assertEquals("document", source.get("codeFrom").asText());
        assertTrue(source.get("country").isNull(), "the actor is given no nationality; only the event's coding reads the document");
        assertEquals(List.of("code.party.document"), trace(e));
        JsonNode elders = among(text, List.of(zambia), party(text, "Supporters", null, null), party(text, "roads", null, null), null);
        assertEquals("ZMB", elders.get("source").get(0).get("code").asText(), "an unnamed group of people too");

        String two = "Ana Lima blocked roads, the Zambian and Malawian governments said.";
        var malawi = actor(two, "Malawi", ActorType.COUNTRY, "MWI");
        JsonNode several = among(two, List.of(actor(two, "Ana Lima", ActorType.PERSON, null), actor(two, "Zambia",
                ActorType.COUNTRY, "ZMB"), malawi), party(two, "Ana Lima", "ana-lima", null), party(two, "roads", null, null), null);
        assertTrue(several.get("source").get(0).get("code").isNull(), "two countries named: neither is the person's");

        String elsewhere = "Ana Lima blocked roads in Lilongwe, the Zambian government said.";
        Place lilongwe = new Place("Lilongwe", "MWI", -13.9, 33.8, new Span(elsewhere.indexOf("Lilongwe"), elsewhere.indexOf("Lilongwe") + 8));
        JsonNode visitor = among(elsewhere, List.of(actor(elsewhere, "Ana Lima", ActorType.PERSON, null),
                actor(elsewhere, "Zambia", ActorType.COUNTRY, "ZMB")), party(elsewhere, "Ana Lima", "ana-lima", null),
                party(elsewhere, "roads", null, null), lilongwe);
        assertTrue(visitor.get("source").get(0).get("code").isNull(), "a place in another country: the text is not about one country");

        String named = "The Lusaka Jurists Association blocked roads, the Zambian government said.";
        JsonNode association = among(named, List.of(actor(named, "Lusaka Jurists Association", ActorType.ORGANIZATION, null),
                actor(named, "Zambia", ActorType.COUNTRY, "ZMB")), party(named, "Lusaka Jurists Association",
                "lusaka-jurists-association", null), party(named, "roads", null, null), null);
        assertTrue(association.get("source").get(0).get("code").isNull(), "a named organisation may be international");
        String rebels = "Zambezi rebels blocked roads, the Zambian government said.";
        int at = rebels.indexOf("Zambezi rebels");
        JsonNode group = among(rebels, List.of(actor(rebels, "Zambezi", ActorType.ORGANIZATION, null), actor(rebels, "Zambia",
                ActorType.COUNTRY, "ZMB")), new ActorRef("Zambezi", "zambezi", null, null, new Span(at, at + 14)),
                party(rebels, "roads", null, null), null);
        assertEquals("ZMB", group.get("source").get(0).get("code").asText(), "a group of people named for an organisation is people");
    }
}
