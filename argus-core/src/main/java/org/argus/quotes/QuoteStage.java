package org.argus.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argus.model.Document;
import org.argus.model.Quote;
import org.argus.model.Sentence;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;
import org.argus.quotes.content.ContentUnits;
import org.argus.quotes.cue.CueUnits;
import org.argus.quotes.draft.Attribution;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.CueDraft;
import org.argus.quotes.draft.LabelLine;
import org.argus.quotes.draft.Marked;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.quotes.draft.Reported;
import org.argus.quotes.draft.SentenceCues;
import org.argus.quotes.draft.Speakers;
import org.argus.quotes.draft.Titles;
import org.argus.quotes.filter.FilterUnits;
import org.argus.quotes.find.FindUnits;
import org.argus.quotes.speaker.SpeakerUnits;
import org.argus.rules.Chain;
import org.argus.rules.Rule;
import org.argus.words.Words;

/**
 * Finds direct quotes (text in quotation marks), reported statements and labelled statements, each
 * with its cue and speaker, as chains of named units modelled on CoreNLP's quote-attribution sieves
 * (docs/rules.md lists them; each quote's {@code trace} names those that made, shaped and attributed
 * it). For each document, in order:
 * <ol>
 *   <li>each cue of each sentence runs the chain {@code quotes/chains/reported.txt}, which finds what
 *       it reports;</li>
 *   <li>each quoted span runs {@code quotation.txt}, which drops it, makes it a quote with the cue it
 *       finds, or joins it to another quote;</li>
 *   <li>the reported statements join the quotes, and each "Speaker: ..." line runs {@code label.txt};</li>
 *   <li>{@code overlap.txt} drops quotes that overlap others as misreadings;</li>
 *   <li>in text order, each direct quote no cue attributed runs the sieves of
 *       {@code uncued-speaker.txt};</li>
 *   <li>{@code finished.txt} drops what is no quote after all (titles).</li>
 * </ol>
 * Cues come from {@code cue.txt}, their speakers from {@code cue-speaker.txt}. The word lists are {@code quotes/*} of
 * {@link Words}. Immutable and thread-safe.
 */
public final class QuoteStage implements Stage {
    private static final String CHAINS = "/org/argus/quotes/chains/";

    private final Chain<SentenceCues> cues;
    private final Chain<CueDraft> cueSpeakers;
    private final Chain<Reported> reported;
    private final Chain<Quotation> quotations;
    private final Chain<LabelLine> labels;
    private final Chain<Passage> overlaps;
    private final Chain<Attribution> uncued;
    private final Chain<Passage> finished;
    private final Speakers.Pronouns pronouns;

    /** The stage with the word lists of {@code words}. */
    public QuoteStage(Words words) {
        Titles titles = new Titles(words.set("quotes/title-small-words"));
        this.pronouns = new Speakers.Pronouns(words.set("quotes/person-pronouns"), words.set("quotes/group-pronouns"));
        this.cues = Chain.load(CHAINS + "cue.txt", byId(CueUnits.onSentences(words)));
        this.cueSpeakers = Chain.load(CHAINS + "cue-speaker.txt", byId(SpeakerUnits.onCues()));
        this.reported = Chain.load(CHAINS + "reported.txt", byId(FilterUnits.onReports(), FindUnits.onReports(words),
                ContentUnits.onReports()));
        this.quotations = Chain.load(CHAINS + "quotation.txt", byId(FilterUnits.onQuotations(), CueUnits.onQuotations(),
                FindUnits.onQuotations(words), ContentUnits.onQuotations(words, titles)));
        this.labels = Chain.load(CHAINS + "label.txt", byId(SpeakerUnits.onLabels(), FindUnits.onLabels()));
        this.overlaps = Chain.load(CHAINS + "overlap.txt", byId(FilterUnits.onOverlaps()));
        this.uncued = Chain.load(CHAINS + "uncued-speaker.txt", byId(SpeakerUnits.onUncued()));
        this.finished = Chain.load(CHAINS + "finished.txt", byId(FilterUnits.onFinished(titles)));
    }

    /** The cue lemmas Argus ships ({@code quotes/cues}). */
    public static Set<String> cueLemmas() {
        return cueLemmas(Words.shipped());
    }

    /** The cue lemmas of {@code words} ({@code quotes/cues}): a sentence with one is worth a parse. */
    public static Set<String> cueLemmas(Words words) {
        return words.set("quotes/cues");
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT, Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES, Layer.ACTORS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.QUOTES);
    }

    @Override
    public Document apply(Document document) {
        if (document.annotation() == null) {
            return document.withQuotes(List.of());
        }
        Passage p = passage(document);
        for (Sentence s : p.sentences()) {
            for (CueAt c : p.reportingCues(s)) {
                Reported r = new Reported(p, s, c);
                List<String> trace = new ArrayList<>();
                reported.run(r, trace);
                r.finish(trace);
            }
        }
        for (Marked m : p.marked()) {
            Quotation q = new Quotation(p, m);
            List<String> trace = new ArrayList<>();
            quotations.run(q, trace);
            q.finish(trace);
        }
        p.quotes().addAll(p.reported());
        for (LabelLine line : LabelLine.of(p)) {
            List<String> trace = new ArrayList<>();
            labels.run(line, trace);
            line.finish(trace);
        }
        overlaps.run(p, new ArrayList<>());
        List<QuoteDraft> all = p.quotes();
        all.sort(Comparator.comparing(QuoteDraft::span));
        for (int i = 0; i < all.size(); i++) {
            QuoteDraft q = all.get(i);
            uncued.run(new Attribution(p, q, i == 0 ? null : all.get(i - 1)), q.trace());
        }
        finished.run(p, new ArrayList<>());
        List<Quote> out = new ArrayList<>(all.size());
        all.forEach(q -> out.add(q.toQuote()));
        return document.withQuotes(out);
    }

    /** The document as the chains read it, before any chain ran (for tests of single units). */
    public Passage passage(Document document) {
        return new Passage(document, cues, cueSpeakers, pronouns);
    }

    @SafeVarargs
    private static <C> Map<String, Rule<C>> byId(List<Rule<C>>... parts) {
        Map<String, Rule<C>> out = new LinkedHashMap<>();
        for (List<Rule<C>> part : parts) {
            for (Rule<C> r : part) {
                if (out.put(r.id(), r) != null) {
                    throw new IllegalStateException("two quote units with id " + r.id());
                }
            }
        }
        return out;
    }
}
