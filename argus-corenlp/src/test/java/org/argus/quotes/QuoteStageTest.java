package org.argus.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.argus.model.Actor;
import org.argus.model.ActorType;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.Mention;
import org.argus.model.Quote;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.model.Span;
import org.argus.nlp.corenlp.SharedAnnotator;
import org.argus.words.Words;
import org.junit.jupiter.api.Test;

class QuoteStageTest {
    private final QuoteStage stage = new QuoteStage(Words.shipped());

    private static Document annotated(String text) {
        RawDocument raw = new RawDocument("q", SourceRef.file("q"), InputFormat.TEXT, text, null, null, null, null);
        return Document.of(raw).withArticle(new Article(null, text, null, null, null, List.of()))
                .withAnnotation(SharedAnnotator.get().annotate(text));
    }

    /** A test actor with a mention at every occurrence of each surface form. */
    private static Actor actor(String text, String id, String name, ActorType type, String country, String sector,
                               String role, String... surfaces) {
        List<Mention> mentions = new ArrayList<>();
        for (String s : surfaces) {
            for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
                mentions.add(new Mention(s, new Span(i, i + s.length())));
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return new Actor(id, name, type, country, sector, role, mentions);
    }

    private List<Quote> quotes(Document d) {
        return stage.apply(d).quotes();
    }

    private static Quote only(List<Quote> qs) {
        assertEquals(1, qs.size(), () -> "expected one quote, got " + qs);
        return qs.get(0);
    }

    @Test
    void straightQuoteWithInvertedSpeakerResolvesToActor() {
        String text = "\"We will not sign this deal under pressure,\" said Maria Petrova, the foreign ministry spokeswoman.";
        Document d = annotated(text).withActors(List.of(
                actor(text, "maria-petrova", "Maria Petrova", ActorType.PERSON, "RUS", "GOV", "spokeswoman", "Maria Petrova")));
        Quote q = only(quotes(d));
        assertEquals(Quote.Kind.DIRECT, q.kind());
        assertEquals("We will not sign this deal under pressure,", q.text());
        assertEquals(q.text(), q.span().of(text));
        assertEquals("said", q.cue().text());
        assertEquals("Maria Petrova", q.speaker().name());
        assertEquals("maria-petrova", q.speaker().actorId());
        assertEquals("RUS", q.speaker().country());
        assertEquals("GOV", q.speaker().sector());
    }

    @Test
    void curlyQuoteWithoutActorsKeepsThePhrase() {
        String text = "\u201CThe border crossing stays closed until further notice,\u201D the interior minister told reporters.";
        Quote q = only(quotes(annotated(text)));
        assertEquals(Quote.Kind.DIRECT, q.kind());
        assertEquals("The border crossing stays closed until further notice,", q.text());
        assertEquals("told", q.cue().text());
        assertEquals("the interior minister", q.speaker().name());
        assertNull(q.speaker().actorId());
        assertEquals("the interior minister", q.speaker().span().of(text));
    }

    @Test
    void quoteContinuesIntoANextParagraphThatOpensWithAQuoteMark() {
        String text = "Ambassador Lena Kovac spoke for an hour. \u201CWe came here in good faith and we will stay as long as it takes.\n\n"
                + "\u201CNobody should doubt our commitment to a lasting peace,\u201D she said.\n\n"
                + "The talks resume next month.";
        Document d = annotated(text).withActors(List.of(
                actor(text, "lena-kovac", "Lena Kovac", ActorType.PERSON, "HRV", "GOV", "Ambassador", "Lena Kovac")));
        Quote q = only(quotes(d));
        assertTrue(q.text().startsWith("We came here in good faith"), q.text());
        assertTrue(q.text().contains("Nobody should doubt our commitment to a lasting peace"), q.text());
        assertFalse(q.text().contains("talks resume"));
        assertEquals("Lena Kovac", q.speaker().name(), "pronoun resolves to the latest PERSON actor");
        assertEquals("lena-kovac", q.speaker().actorId());
        assertEquals("she", q.speaker().span().of(text));
        assertEquals("said", q.cue().text());
    }

    @Test
    void pronounWithoutActorsStaysAPronoun() {
        String text = "\u201CNobody should doubt our commitment to a lasting peace,\u201D she said.";
        Quote q = only(quotes(annotated(text)));
        assertEquals("she", q.speaker().name());
        assertNull(q.speaker().actorId());
    }

    @Test
    void unbalancedQuoteMarkEndsAtItsParagraph() {
        String text = "The spokesman said \"we reject these accusations entirely and left the room.\n\n"
                + "Fighting continued in the northern districts overnight. \"The city is calm now,\" a local resident said.";
        List<Quote> qs = quotes(annotated(text));
        List<Quote> direct = qs.stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertEquals(2, direct.size(), () -> qs.toString());
        assertEquals("we reject these accusations entirely and left the room.", direct.get(0).text());
        assertEquals("The city is calm now,", direct.get(1).text());
        assertEquals("a local resident", direct.get(1).speaker().name());
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("Fighting continued")));
    }

    @Test
    void accordingTo() {
        String text = "According to the health ministry, twelve civilians died in the strike on the market.";
        Quote q = only(quotes(annotated(text)));
        assertEquals(Quote.Kind.INDIRECT, q.kind());
        assertEquals("twelve civilians died in the strike on the market", q.text());
        assertEquals("According to", q.cue().text());
        assertEquals("the health ministry", q.speaker().name());
    }

    @Test
    void indirectSaidThatAndToldReporters() {
        String text = "The foreign minister said that the talks with the rebels had failed.\n\n"
                + "Kovac told reporters the ceasefire would hold through the winter.";
        List<Quote> qs = quotes(annotated(text));
        assertEquals(2, qs.size(), () -> qs.toString());
        Quote a = qs.get(0);
        assertEquals(Quote.Kind.INDIRECT, a.kind());
        assertEquals("that the talks with the rebels had failed", a.text());
        assertEquals("The foreign minister", a.speaker().name());
        assertEquals("said", a.cue().text());
        Quote b = qs.get(1);
        assertEquals(Quote.Kind.INDIRECT, b.kind());
        assertEquals("the ceasefire would hold through the winter", b.text());
        assertEquals("Kovac", b.speaker().name());
        assertEquals("told", b.cue().text());
    }

    @Test
    void aPositionTakenThroughAnObjectOrAnInfinitiveIsAttributed() {
        String text = "The regional council condemned the shelling of the central market.\n\n"
                + "Turkey wants to open a consulate in Benghazi.\n\n"
                + "The envoy called on both sides to respect the truce.\n\n"
                + "The bishops called for an immediate ceasefire.";
        List<Quote> qs = quotes(annotated(text));
        assertEquals(List.of("the shelling of the central market", "to open a consulate in Benghazi", "both sides to respect the truce",
                "an immediate ceasefire"), qs.stream().map(Quote::text).toList());
        assertEquals(List.of("The regional council", "Turkey", "The envoy", "The bishops"),
                qs.stream().map(q -> q.speaker().name()).toList());
        assertTrue(qs.stream().allMatch(q -> q.kind() == Quote.Kind.INDIRECT));
    }

    @Test
    void theOneAddressedOrAnEmptyObjectIsNoContent() {
        String text = "The minister urged the delegates.\n\nThe spokesman denied it.\n\nThe army opened the road.";
        assertEquals(List.of(), quotes(annotated(text)));
    }

    @Test
    void reportedClauseWithTheCueAfterIt() {
        String text = "The army will withdraw from the city by Friday, the general said.";
        Quote q = only(quotes(annotated(text)));
        assertEquals(Quote.Kind.INDIRECT, q.kind());
        assertEquals("The army will withdraw from the city by Friday", q.text());
        assertEquals("the general", q.speaker().name());
    }

    @Test
    void scareQuotesWithoutACueAreDropped() {
        String text = "The police arrested the so-called \u201Cforeign agents\u201D in a raid on Monday.";
        assertEquals(List.of(), quotes(annotated(text)));
    }

    @Test
    void partialQuoteInsideAReportedClauseMakesOneMixedQuote() {
        String text = "Petrova said the proposal was \u201Cdeeply flawed\u201D and could not be accepted.";
        Quote q = only(quotes(annotated(text)));
        assertEquals(Quote.Kind.DIRECT, q.kind());
        assertEquals("the proposal was \u201Cdeeply flawed\u201D and could not be accepted", q.text());
        assertEquals("Petrova", q.speaker().name());
    }

    @Test
    void aMixedQuoteEndsWhereTheSentenceGoesOnWithAClauseOfItsOwn() {
        String text = "The former envoy said it was \"a blunder\" to skip the summit in Oslo, but she denied that she misled the cabinet.";
        List<Quote> qs = quotes(annotated(text));
        Quote mixed = qs.stream().filter(q -> q.kind() == Quote.Kind.DIRECT).findFirst().orElseThrow(() -> new AssertionError(qs.toString()));
        assertEquals("it was \"a blunder\" to skip the summit in Oslo", mixed.text(), "'it' is the clause's subject, not someone addressed");
        assertTrue(qs.stream().anyMatch(q -> q.kind() == Quote.Kind.INDIRECT && q.text().contains("misled the cabinet")), qs.toString());
    }

    @Test
    void aQuotedNameGivenBySomeoneIsTheirQuoteWithWhoTheyNamed() {
        Quote called = only(quotes(annotated("The mayor called the governor \u201Ca coward\u201D and \u201Ca liar\u201D.")));
        assertEquals(Quote.Kind.DIRECT, called.kind());
        assertEquals("the governor \u201Ca coward\u201D and \u201Ca liar\u201D", called.text());
        assertEquals("called", called.cue().text());
        assertTrue(called.speaker().name().contains("mayor"), called.toString());
        Quote described = only(quotes(annotated("Okafor described the new border fence as \"a waste of money\".")));
        assertEquals("the new border fence as \"a waste of money\"", described.text());
        assertEquals("Okafor", described.speaker().name());
        Quote request = only(quotes(annotated("The mayor called on the council to end the \"war on cars\" in the old town.")));
        assertTrue(request.text().startsWith("the council to end"), "calling on someone is a request, not a name: " + request);
    }

    @Test
    void aNameEndingTheSentenceOrLongerThanAPartialQuoteIsStillTheNamersQuote() {
        Quote dated = only(quotes(annotated("On Monday, Governor Okafor called the levy \u201Creckless and cruel.\u201D")));
        assertEquals("the levy \u201Creckless and cruel.\u201D", dated.text(), "'On Monday' is no 'called on'");
        assertEquals("called", dated.cue().text());
        Quote longer = only(quotes(annotated("Okafor took the podium in Abuja and called the ceasefire \u201Ca victory for common sense.\u201D")));
        assertEquals("the ceasefire \u201Ca victory for common sense.\u201D", longer.text());
        assertEquals("Okafor", longer.speaker().name(), "the speaker is the subject the naming verb shares");
        assertEquals("called", longer.cue().text());
    }

    @Test
    void aReportedClauseMadeOfTwoQuotedPiecesIsOneMixedQuote() {
        String text = "Petrova said the offer was \u201Cdead\u201D and \u201Cnever serious\u201D.";
        Quote q = only(quotes(annotated(text)));
        assertEquals(Quote.Kind.DIRECT, q.kind());
        assertEquals("the offer was \u201Cdead\u201D and \u201Cnever serious\u201D", q.text());
        assertEquals("Petrova", q.speaker().name());
    }

    @Test
    void aHeadlineInTheFormSpeakerColonStatementIsAttributed() {
        String text = "Petrova: The ceasefire will not survive the winter\n\n"
                + "Update: talks resume on Monday in Geneva\n\n"
                + "The talks broke down on Friday.";
        Document d = annotated(text).withActors(List.of(
                actor(text, "maria-petrova", "Maria Petrova", ActorType.PERSON, "RUS", "GOV", null, "Petrova")));
        Quote q = only(quotes(d));
        assertEquals("The ceasefire will not survive the winter", q.text());
        assertEquals("maria-petrova", q.speaker().actorId());
        assertEquals(":", q.cue().text());
        assertEquals(Quote.Kind.LABELLED, q.kind());
    }

    @Test
    void aRelativePronounSpeakerIsTheActorItRefersTo() {
        String text = "Reporters met Maria Petrova, who said that the talks had failed.";
        Document d = annotated(text).withActors(List.of(
                actor(text, "maria-petrova", "Maria Petrova", ActorType.PERSON, "RUS", "GOV", null, "Maria Petrova")));
        Quote q = only(quotes(d));
        assertEquals("that the talks had failed", q.text());
        assertEquals("maria-petrova", q.speaker().actorId());
        assertEquals("who", q.speaker().span().of(text), "the text's words stay as written");
    }

    @Test
    void aQuotedPieceAtTheEndOfWhatTheCueReportsMakesTheWholeStatementTheQuote() {
        String text = "Petrova told supporters she would defend the treaty while her rival wants to \u201Ctear it all up.\u201D";
        Quote q = only(quotes(annotated(text)));
        assertEquals(Quote.Kind.DIRECT, q.kind());
        assertTrue(q.text().startsWith("she would defend the treaty while her rival wants to \u201Ctear it all up."), q.text());
        assertEquals("Petrova", q.speaker().name());
        assertEquals("told", q.cue().text());
    }

    @Test
    void aQuoteWithoutACueTakesThePersonItsParagraphOrTheOneBeforeNames() {
        String text = "Maria Petrova left the talks early on Friday.\n\n"
                + "\u201CNothing on the table today is new. We have seen all of it before.\u201D\n\n"
                + "\u201CWe will be back when there is something to sign.\u201D";
        Document d = annotated(text).withActors(List.of(
                actor(text, "maria-petrova", "Maria Petrova", ActorType.PERSON, "RUS", "GOV", null, "Maria Petrova")));
        List<Quote> qs = quotes(d);
        assertEquals(2, qs.size(), qs::toString);
        assertTrue(qs.stream().allMatch(q -> q.speaker() != null && "maria-petrova".equals(q.speaker().actorId())), qs::toString);
    }

    @Test
    void aDescriptionSpeakerWithAnAppositiveNameIsThatPerson() {
        String text = "The head of the delegation, Maria Petrova, said that the talks had failed.";
        Document d = annotated(text).withActors(List.of(
                actor(text, "maria-petrova", "Maria Petrova", ActorType.PERSON, "RUS", "GOV", null, "Maria Petrova")));
        Quote q = only(quotes(d));
        assertEquals("maria-petrova", q.speaker().actorId(), q::toString);
        assertTrue(q.speaker().span().of(text).startsWith("The head of the delegation"), q::toString);
    }

    @Test
    void nestedSingleQuotesStayInTheContent() {
        String text = "\u201CThe soldiers told us \u2018go home now\u2019 and we refused to leave,\u201D the farmer said.";
        Quote q = only(quotes(annotated(text)));
        assertEquals("The soldiers told us \u2018go home now\u2019 and we refused to leave,", q.text());
        assertEquals("the farmer", q.speaker().name());
    }

    @Test
    void precedingSentenceEndingWithAColon() {
        String text = "The president told the crowd in the square:\n\n\u201CWe will never surrender our land to anyone.\u201D";
        Quote q = only(quotes(annotated(text)));
        assertEquals("We will never surrender our land to anyone.", q.text());
        assertEquals("told", q.cue().text());
        assertEquals("The president", q.speaker().name());
    }

    @Test
    void noIndirectQuoteFromACueInsideADirectQuote() {
        String text = "\u201CThe army said it would withdraw, but it lied to all of us,\u201D Kovac said.";
        Quote q = only(quotes(annotated(text)));
        assertEquals(Quote.Kind.DIRECT, q.kind());
        assertEquals("Kovac", q.speaker().name());
    }

    @Test
    void quoteInterruptedByTheCueIsOneQuote() {
        String text = "\u201CWe are ready to talk,\u201D the envoy said. \u201CBut not while the shelling goes on.\u201D";
        Quote q = only(quotes(annotated(text)));
        assertEquals("We are ready to talk, But not while the shelling goes on.", q.text());
        assertEquals("the envoy", q.speaker().name());
    }

    @Test
    void aParagraphThatIsOnlyAQuotationGoesOnWithTheAttributedQuoteBeforeIt() {
        String text = "\u201CThe corridor will open on Monday,\u201D the governor said at the crossing.\n\n"
                + "\u201CTrucks with food go first, then the buses with the wounded.\u201D\n\n"
                + "The convoy was delayed by rain.\n\n"
                + "\u201CNobody has told us anything about the buses.\u201D";
        List<Quote> qs = quotes(annotated(text));
        assertEquals(2, qs.size(), qs::toString);
        Quote first = qs.get(0);
        assertEquals("The corridor will open on Monday, Trucks with food go first, then the buses with the wounded.", first.text());
        assertEquals("the governor", first.speaker().name());
        assertEquals("said", first.cue().text());
        // after a paragraph of narration, a quotation is not the governor's by continuation
        assertEquals(null, qs.get(1).cue(), qs::toString);
        assertTrue(qs.get(1).span().start() > text.indexOf("rain"), qs::toString);
    }

    @Test
    void quotedTranscriptTurnsAreOneQuotePerSpeakerWithTheLabelAsSpeaker() {
        String text = "The interview went as follows:\n\n"
                + "\"HOST: Will the ceasefire hold through the weekend, minister?\n\n"
                + "\"OKORO: It will hold if the other side keeps its word. We have kept ours.\n\n"
                + "\"HOST: Thank you for your time.\"\n\n"
                + "\"Our position is simple: no talks under fire,\" the minister said later.";
        List<Quote> qs = quotes(annotated(text));
        List<Quote> turns = qs.stream().filter(q -> q.kind() == Quote.Kind.LABELLED).toList();
        assertEquals(List.of("HOST", "OKORO", "HOST"), turns.stream().map(q -> q.speaker().name()).toList(), qs::toString);
        assertEquals("It will hold if the other side keeps its word. We have kept ours", turns.get(1).text());
        assertEquals(":", turns.get(1).cue().text());
        // a colon inside an ordinary quotation is no speaker's label
        Quote last = qs.get(qs.size() - 1);
        assertEquals(Quote.Kind.DIRECT, last.kind(), qs::toString);
        assertEquals("the minister", last.speaker().name());
    }

    @Test
    void anUnquotedLineAfterANamedPersonsLabelIsATranscriptTurn() {
        String text = "Amina Okoro spoke to the radio on Sunday.\n\nAmina Okoro: The corridor stays open for as long as it takes.";
        Document d = annotated(text).withActors(List.of(
                actor(text, "amina-okoro", "Amina Okoro", ActorType.PERSON, "NGA", "GOV", null, "Amina Okoro")));
        Quote q = only(quotes(d));
        assertEquals(Quote.Kind.LABELLED, q.kind());
        assertEquals("amina-okoro", q.speaker().actorId());
        assertEquals("The corridor stays open for as long as it takes", q.text());
    }

    @Test
    void theMinistryResolvesToTheNearestMatchingOrganisation() {
        String text = "The Ministry of Defence issued a statement after the attack. "
                + "\u201CNo strikes on civilian targets took place,\u201D the ministry said.";
        Document d = annotated(text).withActors(List.of(
                actor(text, "ministry-of-defence", "Ministry of Defence", ActorType.ORGANIZATION, "UKR", "MIL", null,
                        "Ministry of Defence")));
        Quote q = only(quotes(d));
        assertEquals("ministry-of-defence", q.speaker().actorId());
        assertEquals("the ministry", q.speaker().span().of(text));
    }

    @Test
    void cueLexiconIsLoaded() {
        assertTrue(QuoteStage.cueLemmas().containsAll(List.of("say", "tell", "warn", "tweet", "deny")));
        assertFalse(QuoteStage.cueLemmas().stream().anyMatch(s -> s.startsWith("#")));
    }

    @Test
    void aQuotedFragmentIsNeverTheSpeakerOfItsOwnQuote() {
        String text = "\"My hope,\" he said, \"is that the talks resume before the rains.\"";
        List<Quote> qs = quotes(annotated(text));
        assertEquals(1, qs.size(), "a quotation the cue interrupts is one quote: " + qs);
        assertEquals("My hope, is that the talks resume before the rains.", qs.get(0).text());
        assertEquals(1, qs.get(0).span().start());
        for (Quote q : qs) {
            assertEquals("he", q.speaker().name(), qs.toString());
        }
    }

    @Test
    void aParticipleTheParserHangsLooselySpeaksForTheSubjectOfItsClause() {
        String text = "Tomas Berg attacked Amina Okoro for her support of the blockade in the north and the east, saying, "
                + "\"She is reckless and unfit to lead.\"";
        Document d = annotated(text).withActors(List.of(
                actor(text, "tomas-berg", "Tomas Berg", ActorType.PERSON, null, null, null, "Tomas Berg"),
                actor(text, "amina-okoro", "Amina Okoro", ActorType.PERSON, null, null, null, "Amina Okoro", "her")));
        Quote q = quotes(d).stream().filter(x -> x.text().contains("reckless")).findFirst().orElseThrow();
        assertEquals("tomas-berg", q.speaker().actorId(), q.toString());
        assertEquals("saying", q.cue().text());
    }

    @Test
    void anInvertedSpeakerAfterTheClosingMarkIsTheSpeaker() {
        String text = "\u201CIn a week when two dozen bankers together earn more than every nurse in the region, we know something "
                + "is very wrong,\u201D said Ostrowski. \u201CClinics are closing.\u201D";
        List<Quote> qs = quotes(annotated(text));
        assertFalse(qs.isEmpty());
        for (Quote q : qs) {
            assertEquals("Ostrowski", q.speaker().name(), qs.toString());
        }
    }

    @Test
    void aQuotationRunsOnAfterALongAttributionInItsParagraph() {
        String text = "\"The border stays closed until the talks resume,\" Amina Okoro said on Monday at a dinner for the visiting "
                + "delegations in the capital, where her rival also spoke. \"Nobody should expect a quick deal.\"";
        List<Quote> qs = quotes(annotated(text));
        assertEquals(1, qs.size(), qs.toString());
        assertTrue(qs.get(0).text().endsWith("Nobody should expect a quick deal."), qs.get(0).text());
        assertEquals("Amina Okoro", qs.get(0).speaker().name());
    }

    @Test
    void aStatementInsideAnotherStatementIsNotASecondQuote() {
        String text = "Okoro said she felt the treaty was \"a trap for the weaker side\" and \"never serious.\"";
        List<Quote> qs = quotes(annotated(text));
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("said", qs.get(0).cue().text());
        assertTrue(qs.get(0).text().contains("a trap for the weaker side"), qs.get(0).text());
    }

    @Test
    void aClosingMarkThatOpensAParagraphOpensAQuote() {
        String text = "Voters in the capital were asked about the vote.\n\n\u201DWe are tired of promises and we want jobs,\u201D "
                + "said Ana Ruiz, a teacher.\n\nThe count begins on Monday.";
        List<Quote> qs = quotes(annotated(text));
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("We are tired of promises and we want jobs,", qs.get(0).text());
        assertEquals("Ana Ruiz", qs.get(0).speaker().name());
    }

    @Test
    void aSaidObjectIsPartOfTheStatementNotAnAddressee() {
        // "said" addresses no one: the words before the quoted piece belong to what was said
        String text = "The envoy said the new maps “erase” the border villages from the agreement.";
        Quote q = only(quotes(annotated(text)));
        assertEquals(Quote.Kind.DIRECT, q.kind());
        assertTrue(q.text().startsWith("the new maps “erase” the border villages"), q.text());
        assertEquals("The envoy", q.speaker().name());
    }

    @Test
    void aQuotedPieceRightAfterTheCueWidensWhenTheStatementGoesOn() {
        String text = "The governor said “new checkpoints” and more patrols would keep the road open.";
        Quote q = only(quotes(annotated(text)));
        assertEquals("“new checkpoints” and more patrols would keep the road open", q.text());
        assertEquals("said", q.cue().text());
        // the quote alone is the statement when the sentence ends with it
        String alone = "The governor said the road was “finally open.”";
        assertTrue(only(quotes(annotated(alone))).text().startsWith("the road was"), quotes(annotated(alone))::toString);
    }

    @Test
    void aQuotationAfterAReportedStatementWithAQuotedPieceContinuesIt() {
        for (String text : List.of(
                "The talks achieved “very little,” the mediator said on Friday. “Without a ceasefire, nothing else can move.”",
                "The meeting produced “almost nothing,” she added on Twitter. “Without a ceasefire, nothing else can move.”")) {
            Quote q = only(quotes(annotated(text)));
            assertTrue(q.text().startsWith("The "), q.text());
            assertTrue(q.text().endsWith("nothing else can move."), q.text());
            assertEquals(text.contains("mediator") ? "the mediator" : "she", q.speaker().name());
        }
    }

    @Test
    void aReportedClauseWithAQuotedPieceIsOneDirectQuoteNotTwo() {
        String text = "The minister said the army has lost control of the north, and \u201Cwe are going to win it back\u201D "
                + "before the winter.";
        Quote q = only(quotes(annotated(text)));
        assertEquals(Quote.Kind.DIRECT, q.kind());
        assertTrue(q.text().startsWith("the army has lost control of the north"), q.text());
        assertTrue(q.text().contains("we are going to win it back"), q.text());
    }

    @Test
    void aNicknameInQuotationMarksIsPartOfTheName() {
        String text = "Mayor Jonathan \u201CJack\u201D Reyes shouted to the crowd. \u201CEveryone is welcome here.\u201D";
        Quote q = only(quotes(annotated(text)));
        assertEquals("Everyone is welcome here.", q.text());
    }

    @Test
    void aQuotedPieceAfterACommaGoesOnWithTheStatementBeforeIt() {
        String text = "The mayor conceded that there are still \u201Csome residents\u201D who want the old bridge, "
                + "\u201Cbut not many of them.\u201D";
        Quote q = only(quotes(annotated(text)));
        assertTrue(q.text().contains("some residents"), q.text());
        assertTrue(q.text().endsWith("but not many of them."), q.text());
        assertEquals("conceded", q.cue().text());
    }

    @Test
    void aClauseOpeningWithAWholeQuotedSentenceGivesThatSentence() {
        for (String text : List.of(
                "The general concluded, \u201CWe did what we had to do,\u201D when the verdict was read out in court.",
                "In the final scene the general says, \u201CWe did what we had to do,\u201D as the judge reads the verdict.")) {
            Quote q = only(quotes(annotated(text)));
            assertEquals("We did what we had to do,", q.text());
            assertTrue(q.speaker().name().endsWith("general"), q::toString);
        }
    }

    @Test
    void aParticiplePhraseClosingTheSentenceIsTheSpeakersNotTheStatements() {
        String text = "The foreign minister said the talks would resume in March, citing progress on the prisoner exchange.";
        Quote q = quotes(annotated(text)).stream().filter(x -> x.cue().text().equals("said")).findFirst().orElseThrow();
        assertEquals("the talks would resume in March", q.text());
        // a participle in a list is part of the statement
        String list = "The bishop said we must move towards forgiving each other, respecting the dead and rebuilding the villages.";
        assertTrue(only(quotes(annotated(list))).text().endsWith("rebuilding the villages"), quotes(annotated(list))::toString);
    }

    @Test
    void wonderingWhetherIsAnAttributedQuestion() {
        String text = "The opposition leader wondered whether the count would be \u201Cfair\u201D to his party, "
                + "pointing to the closed polling stations.";
        Quote q = only(quotes(annotated(text)));
        assertEquals("wondered", q.cue().text());
        assertEquals("whether the count would be \u201Cfair\u201D to his party", q.text());
    }

    @Test
    void encouragingSomeoneToActGivesThePersonAndTheAct() {
        String text = "The governor encouraged residents to stay indoors until the storm is \u201Cwell past us.\u201D";
        Quote q = only(quotes(annotated(text)));
        assertEquals("encouraged", q.cue().text());
        assertTrue(q.text().startsWith("residents to stay indoors"), q.text());
        assertEquals(Quote.Kind.DIRECT, q.kind());
    }

    @Test
    void blamingSomethingOnSomeoneKeepsWhomItIsBlamedOn() {
        String text = "The minister blamed the shortages on \u201Creckless hoarding\u201D by traders.";
        Quote q = only(quotes(annotated(text)));
        assertTrue(q.text().startsWith("the shortages on \u201Creckless hoarding\u201D"), q.text());
    }

    @Test
    void aSecondSpeechActJoinedByButIsItsOwnStatement() {
        String text = "The chief said that the footage did not show a weapon, but he said that other evidence "
                + "\u201Cconfirms what we heard\u201D from witnesses.";
        List<Quote> qs = quotes(annotated(text));
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("that the footage did not show a weapon", qs.get(0).text());
        assertEquals("that other evidence \u201Cconfirms what we heard\u201D from witnesses", qs.get(1).text());
        assertEquals(Quote.Kind.DIRECT, qs.get(1).kind());
    }

    @Test
    void aQuotationTheReportedClauseOpensMayRunPastItsSentence() {
        String text = "\u201CWe are done with excuses,\u201D the mayor said, going on to say that the city has waited "
                + "\u201Cfor ten years for this bridge. Nobody will wait any longer.\u201D";
        List<Quote> qs = quotes(annotated(text));
        Quote q = qs.get(qs.size() - 1);
        assertTrue(q.text().startsWith("that the city has waited"), qs::toString);
        assertTrue(q.text().contains("Nobody will wait any longer."), q.text());
        assertEquals("the mayor", q.speaker().name());
    }

    @Test
    void admiringAndProclaimingAttributeTheirObject() {
        Quote admired = only(quotes(annotated("The senator openly admires the general as a \u201Ctrue patriot,\u201D "
                + "comparing him with the founders.")));
        assertEquals("admires", admired.cue().text());
        assertTrue(admired.text().startsWith("the general as a \u201Ctrue patriot"), admired.text());
        Quote proclaimed = only(quotes(annotated("The rebels proclaimed a goal of \u201Cbread and land.\u201D")));
        assertEquals("proclaimed", proclaimed.cue().text());
        assertTrue(proclaimed.text().startsWith("a goal of"), proclaimed.text());
    }
}
