package org.argus.app;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argus.actors.ActorDictionary;
import org.argus.actors.ActorKnowledge;
import org.argus.actors.ActorStage;
import org.argus.actors.DictionaryStage;
import org.argus.codes.PartyCodeStage;
import org.argus.events.EventStage;
import org.argus.events.Lexicon;
import org.argus.extract.ExtractStage;
import org.argus.model.DateRange;
import org.argus.nlp.AnnotateStage;
import org.argus.nlp.ParseSelector;
import org.argus.nlp.TextAnnotator;
import org.argus.pipeline.Pipeline;
import org.argus.places.Gazetteer;
import org.argus.places.PlaceStage;
import org.argus.quotes.QuoteStage;
import org.argus.time.TimeStage;
import org.argus.words.Words;

/** The pipelines Argus runs, assembled in data-flow order. */
public final class Pipelines {
    /** The shipped event lexicon, read once: both the event stage and the parse selector use it. */
    private static final class Shipped {
        static final Lexicon LEXICON = Lexicon.load();
    }

    /** The shipped gazetteer, read once on first use. */
    private static final class Places {
        static final Gazetteer GAZETTEER = Gazetteer.load();
    }

    private Pipelines() {
    }

    /** ingest -> extract only: clean text and metadata, no NLP; {@code published} dates undated articles (may be null). */
    public static Pipeline extractOnly(LocalDate published) {
        return extractOnly(published, DateRange.standard(), Words.shipped());
    }

    /** As {@link #extractOnly(LocalDate)}, accepting the dates of {@code dates} and reading the lists of {@code words}. */
    public static Pipeline extractOnly(LocalDate published, DateRange dates, Words words) {
        return Pipeline.of(new ExtractStage(published, dates, words));
    }

    /**
     * The whole analysis: extract -> annotate -> actors -> quotes -> events -> time -> places -> codes;
     * {@code published} dates articles that nothing else dates (may be null).
     */
    public static Pipeline full(TextAnnotator annotator, LocalDate published) {
        return full(annotator, published, ActorDictionary.empty());
    }

    /** The whole analysis, with the analyst's actor dictionary applied right after the actors stage. */
    public static Pipeline full(TextAnnotator annotator, LocalDate published, ActorDictionary dictionary) {
        return full(annotator, published, dictionary, Shipped.LEXICON);
    }

    /** The event lexicon Argus ships. */
    public static Lexicon shippedLexicon() {
        return Shipped.LEXICON;
    }

    /**
     * The whole analysis with the analyst's actor dictionary and event lexicon; the lexicon's
     * predicates also make their sentences worth a parse (the annotator's models are shared).
     */
    public static Pipeline full(TextAnnotator annotator, LocalDate published, ActorDictionary dictionary, Lexicon lexicon) {
        return full(annotator, published, dictionary, lexicon, Words.shipped());
    }

    /** The whole analysis with the analyst's dictionary, lexicon and word lists. */
    public static Pipeline full(TextAnnotator annotator, LocalDate published, ActorDictionary dictionary, Lexicon lexicon,
                                Words words) {
        return full(annotator, published, dictionary, lexicon, words, DateRange.standard(), Budget.defaults());
    }

    /**
     * The whole analysis with the analyst's dictionary, lexicon and word lists, accepting the dates of
     * {@code dates} and annotating within {@code budget}'s sections and length (its time limit is the runner's).
     */
    public static Pipeline full(TextAnnotator annotator, LocalDate published, ActorDictionary dictionary, Lexicon lexicon,
                                Words words, DateRange dates, Budget budget) {
        // the shipped lexicon and cues are what the annotator's own selector picks sentences for; an
        // analyst's predicate or cue verb must make its sentences worth a parse too
        boolean shipped = lexicon == Shipped.LEXICON && QuoteStage.cueLemmas(words).equals(QuoteStage.cueLemmas());
        return Pipeline.of(
                new ExtractStage(published, dates, words),
                new AnnotateStage(shipped ? annotator : annotator.parsing(parseSelector(lexicon, words)),
                        budget.sectionChars(), budget.maxChars()),
                new ActorStage(ActorKnowledge.load(), words),
                new DictionaryStage(dictionary.over(ActorDictionary.leaders())),
                new QuoteStage(words),
                new EventStage(lexicon, words),
                new TimeStage(words, dates),
                new PlaceStage(Places.GAZETTEER, words),
                new PartyCodeStage(words));
    }

    /**
     * The sentences worth a dependency parse: those with an event predicate, a speech cue or a
     * quotation mark. The events and quotes stages read nothing from the others.
     */
    public static ParseSelector parseSelector() {
        return parseSelector(Shipped.LEXICON, Words.shipped());
    }

    /** The sentences worth a parse when {@code lexicon}'s predicates are the events and {@code words}' cues the quotes looked for. */
    static ParseSelector parseSelector(Lexicon lexicon, Words words) {
        Set<String> lemmas = new HashSet<>(lexicon.lemmas());
        lemmas.addAll(QuoteStage.cueLemmas(words));
        lemmas.add("according");
        Set<String> wanted = Set.copyOf(lemmas);
        return (tokens, sentenceLemmas) -> anyIn(sentenceLemmas, wanted) || anyIn(tokens, wanted) || hasQuoteMark(tokens);
    }

    private static boolean anyIn(List<String> tokens, Set<String> wanted) {
        for (String t : tokens) {
            if (wanted.contains(t.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasQuoteMark(List<String> words) {
        for (String w : words) {
            if (w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("\u201C") || w.equals("\u201D")) {
                return true;
            }
        }
        return false;
    }
}
