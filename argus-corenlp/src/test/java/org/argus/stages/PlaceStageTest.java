package org.argus.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.argus.actors.ActorKnowledge;
import org.argus.actors.ActorStage;
import org.argus.events.EventStage;
import org.argus.events.Lexicon;
import org.argus.extract.ExtractStage;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.InputFormat;
import org.argus.model.Place;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.nlp.AnnotateStage;
import org.argus.nlp.corenlp.SharedAnnotator;
import org.argus.pipeline.Outcome;
import org.argus.pipeline.Pipeline;
import org.argus.places.Gazetteer;
import org.argus.places.PlaceStage;
import org.argus.quotes.QuoteStage;
import org.argus.time.TimeStage;
import org.argus.words.Words;
import org.junit.jupiter.api.Test;

/** Event places on the real pipeline, with texts written for the rules they check. */
class PlaceStageTest {
    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.of(new ExtractStage(), new AnnotateStage(SharedAnnotator.get()),
                new ActorStage(ActorKnowledge.load(), Words.shipped()), new QuoteStage(Words.shipped()),
                new EventStage(Lexicon.load(), Words.shipped()), new TimeStage(Words.shipped()), new PlaceStage(Gazetteer.load(), Words.shipped()));
    }

    private static Document analyse(String text) {
        RawDocument raw = new RawDocument("test", SourceRef.file("test.txt"), InputFormat.TEXT, text, "A test article", null,
                new PublishedDate(LocalDate.of(2020, 6, 1), PublishedDate.Origin.GIVEN), null);
        Outcome o = Holder.PIPELINE.run(raw);
        if (o instanceof Outcome.Rejected r) {
            throw new AssertionError(r.message());
        }
        return ((Outcome.Accepted) o).document();
    }

    private static Place placeOf(Document d, String trigger) {
        List<Event> found = d.events().stream().filter(e -> e.trigger().text().equals(trigger)).toList();
        assertFalse(found.isEmpty(), "no event on '" + trigger + "' in " + d.events());
        return found.get(0).place();
    }

    @Test
    void theCityOfNamesTheCityWithItsCoordinates() {
        Place p = placeOf(analyse("Government forces attacked rebel positions in the city of Tarhuna on Monday."), "attacked");
        assertNotNull(p);
        assertEquals("Tarhuna", p.name());
        assertEquals("LBY", p.country());
        assertEquals(32.4, p.lat(), 0.1);
        assertEquals(13.6, p.lon(), 0.1);
    }

    @Test
    void theArticlesCountriesDecideBetweenTwoTripolis() {
        Place libya = placeOf(analyse("Libya's government said the Libyan army attacked militias in Tripoli. Libya has been at war since 2014."),
                "attacked");
        assertEquals("LBY", libya.country());
        Place lebanon = placeOf(analyse("Lebanon's army said it attacked gunmen in Tripoli. The Lebanese government backed the army."),
                "attacked");
        assertEquals("LBN", lebanon.country());
    }

    @Test
    void theTextsOwnCountryWinsOverTheContext() {
        Place p = placeOf(analyse("Libya's envoy said militants attacked a checkpoint in Tripoli, Lebanon, overnight."), "attacked");
        assertEquals("LBN", p.country());
    }

    @Test
    void aCapitalIsNotDisplacedByASmallNamesake() {
        Place p = placeOf(analyse("American and Russian diplomats met in Moscow. The United States wants a deal."), "met");
        assertNotNull(p, "no place");
        assertEquals("RUS", p.country());
    }

    @Test
    void theSentencesOnePlaceIsTheEventsWhereverTheParserHangsIt() {
        // the parser reads "highways in the province of Kassala" as the subject of "demanding"
        Place p = placeOf(analyse("Hundreds of farmers blocked highways in the province of Kassala demanding that the tax be lifted."),
                "blocked");
        assertNotNull(p, "no place");
        assertEquals("SDN", p.country());
        // a place in a clause about others is not where the event happened
        assertNull(placeOf(analyse("Farmers protested outside the ministry while others gathered in Khartoum."), "protested"));
    }

    @Test
    void anUnknownPlaceKeepsItsNameAndTheCountryTheTextGives() {
        Place p = placeOf(analyse("Rebels attacked a checkpoint in Qasr Zubaydat, Sudan, on Sunday."), "attacked");
        assertNotNull(p, "no place");
        assertEquals("SDN", p.country());
        assertNull(p.lat());
    }

    @Test
    void anActorIsNotAPlace() {
        Place p = placeOf(analyse("Greece accused Turkey of violating its airspace."), "accused");
        assertNull(p);
    }

    @Test
    void aFacilityKeepsItsNameAndTakesItsNamesakesCountry() {
        Document d = analyse("Turkish drones struck the al-Watiya airbase on Sunday.");
        Place p = d.events().stream().map(Event::place).filter(x -> x != null).findFirst().orElse(null);
        assertNotNull(p, "no place in " + d.events());
        assertEquals("al-Watiya airbase", p.name());
    }

    @Test
    void aNounTriggerTakesItsOwnLocativePhrase() {
        Document d = analyse("Russia and Turkey held talks in Moscow on Monday.");
        Place p = d.events().stream().map(Event::place).filter(x -> x != null).findFirst().orElse(null);
        assertNotNull(p, "no place in " + d.events());
        assertEquals("Moscow", p.name());
        assertEquals("RUS", p.country());
    }

    @Test
    void aPartyThatNamesAPlaceIsLocatedThere() {
        Document d = analyse("Doctors from Mombasa protested outside the ministry on Monday.");
        Event e = d.events().stream().filter(x -> x.trigger().text().equals("protested")).findFirst().orElseThrow();
        assertNotNull(e.source().get(0).place(), e.source().toString());
        assertEquals("KEN", e.source().get(0).place().country());
        assertNull(e.source().get(0).country(), "the place locates the party; it is no actor's country");
    }

    @Test
    void aCompassPartOfAPlaceIsInThatPlacesCountry() {
        Place p = placeOf(analyse("Insurgents attacked a police station in Northern Mozambique on Tuesday."), "attacked");
        assertNotNull(p);
        assertEquals("Northern Mozambique", p.name());
        assertEquals("MOZ", p.country());
        // a name of its own is not cut: South Sudan is not Sudan
        Place named = placeOf(analyse("Insurgents attacked a police station in South Sudan on Tuesday."), "attacked");
        assertEquals("SSD", named.country());
    }

    @Test
    void aPartOfAPlaceNamedByWhatItIsPartOfIsThatPlace() {
        Place p = placeOf(analyse("A bookseller was killed in a bomb blast in a busy sector of northern Kabul."), "killed");
        assertNotNull(p);
        assertEquals("AFG", p.country());
    }
}
