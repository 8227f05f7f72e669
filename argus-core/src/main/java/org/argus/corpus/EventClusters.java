package org.argus.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.argus.model.Event;
import org.argus.model.EventType;

/**
 * One real-world event from many reports. Reports of the same event across articles (and within
 * one) form a cluster when every pair of them agrees on:
 * <ul>
 *   <li>type: the same PLOVER type, or two of one family ({@code ASSAULT}/{@code COERCE} for force;
 *       {@code AID}/{@code COOPERATE}/{@code SUPPORT} for backing);</li>
 *   <li>negation and modality: a denied, intended or hypothetical event never joins an asserted one;
 *       a reported one ("X said Y struck") joins an asserted one;</li>
 *   <li>actors: the sources overlap or one side is unknown, and the same for targets, with a source
 *       in common, or else a target in common and the same day given by both texts (for meetings,
 *       agreements and cooperation, any party in common, whatever side the text put it on); two
 *       reports with no party never join. A party with a null id (a pronoun or a description such as
 *       "the town", which names different things in different sentences) neither joins nor
 *       separates reports;</li>
 *   <li>date: their periods overlap. A date the text gave is its day, week, month or year; an event
 *       the text does not date stands for the {@value #UNDATED_DAYS} days up to its article's date,
 *       when that date is known rather than estimated (else it joins only reports of its article);</li>
 *   <li>place: where both have one, the same name, or points within {@value #SAME_PLACE_KM} km in
 *       the same country.</li>
 * </ul>
 * Each report keeps its own sentence, article, date, place and figures; a cluster lists every
 * distinct date, place and figure its reports give, so conflicting details stay visible. A cluster
 * counts its independent sources (near-duplicate articles and one outlet's articles count once).
 * Pure and deterministic: the same reports give the same clusters.
 */
public final class EventClusters {
    /** Days before its article's date that an undated event may have happened. */
    public static final int UNDATED_DAYS = 3;
    /** Places closer than this (in one country) are one place. */
    public static final double SAME_PLACE_KM = 25;

    private EventClusters() {
    }

    /** Where an event happened: a name, its ISO3 country and coordinates (each may be null but the name). */
    public record Place(String name, String country, Double lat, Double lon) {
    }

    /**
     * One event as one article's sentence reports it.
     *
     * @param key       the stored event's key (orders reports stably)
     * @param article   the article's id
     * @param source    its independent source (see the store's {@code independentSources})
     * @param date      ISO date at its precision, or null when neither text nor article dates it
     * @param precision day, week, month or year
     * @param textDated whether the text gave the date (else it is the article's date)
     * @param place     where, or null
     * @param figures   the counts the sentence gives ("12 soldiers"), as written
     * @param guessedDate whether the date is the article's and that was only estimated from its text
     *                  (the latest date it mentions may be a historical one): such a report joins
     *                  reports of its own article only
     */
    public record Report(long key, String article, String source, EventType type, boolean negated, Event.Modality modality,
                         String date, String precision, boolean textDated, Place place, List<AllianceGraph.Party> sources,
                         List<AllianceGraph.Party> targets, String sentence, List<String> figures, boolean guessedDate) {
        public Report {
            sources = List.copyOf(sources);
            targets = List.copyOf(targets);
            figures = List.copyOf(figures);
        }

        /** A report whose article's date, if it stands in, is known rather than guessed. */
        public Report(long key, String article, String source, EventType type, boolean negated, Event.Modality modality, String date,
                      String precision, boolean textDated, Place place, List<AllianceGraph.Party> sources,
                      List<AllianceGraph.Party> targets, String sentence, List<String> figures) {
            this(key, article, source, type, negated, modality, date, precision, textDated, place, sources, targets, sentence, figures,
                    false);
        }
    }

    /**
     * One real-world event.
     *
     * @param type      the type most of its reports give
     * @param date      the text-given date most of its reports give (else the earliest article date)
     * @param precision that date's precision
     * @param dates     every distinct date its reports give, as "date (text)" or "date (article)"
     * @param places    every distinct place name its reports give
     * @param figures   every distinct figure its reports give
     * @param sources   its source parties, most reported first
     * @param targets   its target parties, most reported first
     * @param independentSources how many independent sources report it
     * @param reports   its reports in date and then storage order
     */
    public record Cluster(EventType type, boolean negated, Event.Modality modality, String date, String precision, List<String> dates,
                          List<String> places, List<String> figures, List<AllianceGraph.Party> sources, List<AllianceGraph.Party> targets,
                          int independentSources, List<Report> reports) {
    }

    /** The clusters of {@code reports}, in date order. */
    public static List<Cluster> cluster(Collection<Report> reports) {
        List<Report> ordered = new ArrayList<>(reports);
        ordered.removeIf(r -> r.date() == null);
        ordered.sort(Comparator.comparing((Report r) -> start(r.date(), r.precision())).thenComparingLong(Report::key));
        List<List<Report>> groups = new ArrayList<>();
        for (Report r : ordered) {
            List<Report> best = null;
            int bestShared = 0;
            for (List<Report> g : groups) {
                if (!g.stream().allMatch(x -> compatible(x, r))) {
                    continue;
                }
                int shared = sharedParties(g, r);
                if (shared > bestShared) {
                    best = g;
                    bestShared = shared;
                }
            }
            if (best == null) {
                List<Report> g = new ArrayList<>();
                g.add(r);
                groups.add(g);
            } else {
                best.add(r);
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Report> g : groups) {
            out.add(summarise(g));
        }
        out.sort(Comparator.comparing((Cluster c) -> start(c.date(), c.precision())).thenComparing(c -> rank(c.precision()))
                .thenComparing(c -> c.type().name()));
        return out;
    }

    /** Whether two reports can be of one real-world event (see the class comment). */
    public static boolean compatible(Report a, Report b) {
        if (!sameFamily(a.type(), b.type()) || a.negated() != b.negated() || !modalitiesJoin(a.modality(), b.modality())) {
            return false;
        }
        if ((undatedGuess(a) || undatedGuess(b)) && !a.article().equals(b.article())) {
            return false;
        }
        if (!partiesCompatible(a, b)) {
            return false;
        }
        LocalDate[] pa = period(a);
        LocalDate[] pb = period(b);
        if (pa[1].isBefore(pb[0]) || pb[1].isBefore(pa[0])) {
            return false;
        }
        return placesCompatible(a.place(), b.place());
    }

    private static boolean undatedGuess(Report r) {
        return !r.textDated() && r.guessedDate();
    }

    /**
     * The part of a corpus a report can cluster in: reports of different parts are never
     * {@link #compatible}, so each part (and within it, each set of reports linked by a common party
     * at overlapping dates) can be clustered apart, with the same clusters as the whole.
     */
    public static String part(Report r) {
        String family = family(r.type());
        String modality = factual(r.modality()) ? "factual" : r.modality().name();
        return (family == null ? r.type().name() : family) + "/" + (r.negated() ? "negated" : "affirmed") + "/" + modality;
    }

    static boolean sameFamily(EventType a, EventType b) {
        return a == b || family(a) != null && family(a).equals(family(b));
    }

    private static String family(EventType t) {
        return switch (t) {
            case ASSAULT, COERCE -> "force";
            case AID, COOPERATE, SUPPORT -> "backing";
            default -> null;
        };
    }

    private static boolean modalitiesJoin(Event.Modality a, Event.Modality b) {
        return factual(a) && factual(b) || a == b;
    }

    private static boolean factual(Event.Modality m) {
        return m == Event.Modality.ASSERTED || m == Event.Modality.REPORTED;
    }

    private static boolean symmetric(EventType t) {
        return t == EventType.CONSULT || t == EventType.AGREE || t == EventType.COOPERATE;
    }

    private static boolean partiesCompatible(Report a, Report b) {
        Set<String> all = ids(a.sources(), a.targets());
        Set<String> otherAll = ids(b.sources(), b.targets());
        if (all.isEmpty() || otherAll.isEmpty() || !intersects(all, otherAll)) {
            return false;
        }
        if (symmetric(a.type()) && symmetric(b.type())) {
            return true;
        }
        Set<String> sa = ids(a.sources());
        Set<String> sb = ids(b.sources());
        if (!sideCompatible(sa, sb) || !sideCompatible(ids(a.targets()), ids(b.targets()))) {
            return false;
        }
        // without a common source, a common target is weak evidence ("Libya" is the target of much):
        // it joins only reports the texts date to the same day
        return intersects(sa, sb) || sameTextDay(a, b);
    }

    private static boolean sameTextDay(Report a, Report b) {
        return a.textDated() && b.textDated() && "day".equals(a.precision()) && "day".equals(b.precision())
                && start(a.date(), "day").equals(start(b.date(), "day"));
    }

    private static boolean sideCompatible(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || intersects(a, b);
    }

    @SafeVarargs
    private static Set<String> ids(List<AllianceGraph.Party>... sides) {
        Set<String> out = new HashSet<>();
        for (List<AllianceGraph.Party> side : sides) {
            for (AllianceGraph.Party p : side) {
                if (p.id() != null) {
                    out.add(p.id());
                }
            }
        }
        return out;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static int sharedParties(List<Report> group, Report r) {
        Set<String> mine = ids(r.sources(), r.targets());
        Set<String> theirs = new HashSet<>();
        for (Report x : group) {
            theirs.addAll(ids(x.sources(), x.targets()));
        }
        mine.retainAll(theirs);
        return mine.size();
    }

    static boolean placesCompatible(Place a, Place b) {
        if (a == null || b == null) {
            return true;
        }
        if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
            return false;
        }
        if (a.name().equalsIgnoreCase(b.name())) {
            return true;
        }
        if (a.lat() != null && a.lon() != null && b.lat() != null && b.lon() != null) {
            return km(a.lat(), a.lon(), b.lat(), b.lon()) <= SAME_PLACE_KM;
        }
        return false;
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371 * Math.asin(Math.sqrt(Math.min(1, h)));
    }

    /** The days a report's event may have happened on: its date's period, or the days up to an undated event's article date. */
    public static LocalDate[] period(Report r) {
        LocalDate start = start(r.date(), r.precision());
        if (!r.textDated()) {
            return new LocalDate[] {start.minusDays(UNDATED_DAYS), start};
        }
        return new LocalDate[] {start, end(start, r.precision())};
    }

    /** An ISO date at year, month or day precision; the year may be signed or longer than four digits. */
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("([+-]?\\d+)(?:-(\\d{2})(?:-(\\d{2}))?)?.*");

    /**
     * The first day of an ISO date at any precision: 2020 gives 2020-01-01, 2020-05 gives 2020-05-01;
     * years outside 0000-9999 as {@link LocalDate} writes them (+10000-01-01, -0001-06) are read too.
     *
     * @throws java.time.DateTimeException when {@code iso} is no such date
     */
    public static LocalDate start(String iso, String precision) {
        java.util.regex.Matcher m = ISO_DATE.matcher(iso);
        if (!m.matches()) {
            throw new java.time.DateTimeException("not an ISO date: '" + iso + "'");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            return LocalDate.of(year, m.group(2) == null ? 1 : Integer.parseInt(m.group(2)), m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        } catch (NumberFormatException e) {
            throw new java.time.DateTimeException("not an ISO date: '" + iso + "'", e);
        }
    }

    /** The last day of the period starting on {@code start} at {@code precision}. */
    public static LocalDate end(LocalDate start, String precision) {
        return switch (precision == null ? "day" : precision) {
            case "week" -> start.plusDays(6);
            case "month" -> start.plusMonths(1).minusDays(1);
            case "year" -> start.plusYears(1).minusDays(1);
            default -> start;
        };
    }

    private static int rank(String precision) {
        return switch (precision == null ? "day" : precision) {
            case "day" -> 0;
            case "week" -> 1;
            case "month" -> 2;
            default -> 3;
        };
    }

    private static Cluster summarise(List<Report> g) {
        g.sort(Comparator.comparing((Report r) -> start(r.date(), r.precision())).thenComparingLong(Report::key));
        Map<EventType, Integer> types = new LinkedHashMap<>();
        Map<String, Integer> textDates = new LinkedHashMap<>();
        Set<String> dates = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> figures = new LinkedHashSet<>();
        Map<String, AllianceGraph.Party> parties = new LinkedHashMap<>();
        Map<String, Integer> sourceCounts = new LinkedHashMap<>();
        Map<String, Integer> targetCounts = new LinkedHashMap<>();
        Set<String> independent = new HashSet<>();
        for (Report r : g) {
            types.merge(r.type(), 1, Integer::sum);
            if (r.textDated()) {
                textDates.merge(r.date() + "\u001f" + r.precision(), 1, Integer::sum);
            }
            dates.add(r.date() + (r.textDated() ? " (text)" : " (article)"));
            if (r.place() != null) {
                places.add(r.place().name());
            }
            figures.addAll(r.figures());
            for (AllianceGraph.Party p : r.sources()) {
                parties.putIfAbsent(displayKey(p), p);
                sourceCounts.merge(displayKey(p), 1, Integer::sum);
            }
            for (AllianceGraph.Party p : r.targets()) {
                parties.putIfAbsent(displayKey(p), p);
                targetCounts.merge(displayKey(p), 1, Integer::sum);
            }
            independent.add(r.source() == null ? "article:" + r.article() : r.source());
        }
        EventType type = mostFrequent(types);
        String date;
        String precision;
        if (!textDates.isEmpty()) {
            String[] d = mostFrequent(textDates).split("\u001f");
            date = d[0];
            precision = d[1];
        } else {
            date = g.get(0).date();
            precision = g.get(0).precision();
        }
        Report first = g.get(0);
        return new Cluster(type, first.negated(), first.modality(), date, precision == null ? "day" : precision, List.copyOf(dates),
                List.copyOf(places), List.copyOf(figures), ranked(sourceCounts, parties), ranked(targetCounts, parties), independent.size(),
                List.copyOf(g));
    }

    private static String displayKey(AllianceGraph.Party p) {
        return p.id() != null ? p.id() : "\u0000" + p.name().toLowerCase(Locale.ROOT);
    }

    private static <K> K mostFrequent(Map<K, Integer> counts) {
        K best = null;
        int n = -1;
        for (Map.Entry<K, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    private static List<AllianceGraph.Party> ranked(Map<String, Integer> counts, Map<String, AllianceGraph.Party> parties) {
        List<String> ids = new ArrayList<>(counts.keySet());
        ids.sort(Comparator.comparing((String id) -> -counts.get(id)));
        List<AllianceGraph.Party> out = new ArrayList<>();
        for (String id : ids) {
            out.add(parties.get(id));
        }
        return out;
    }

    /**
     * The counts a sentence gives: a number written in digits followed by a lower-case word ("12
     * soldiers", "3,000 troops"), except years and days of a month. Kept as written.
     */
    public static List<String> figures(String sentence) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = FIGURE.matcher(sentence);
        while (m.find()) {
            String number = m.group(1);
            String word = m.group(2);
            String before = sentence.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
            if (number.matches("(1[89]|20)\\d\\d") || MONTH.matcher(before).find() || UNIT.matcher(word).matches()) {
                continue;
            }
            out.add(number + " " + word);
        }
        return out;
    }

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "(?<![\\d.,:/-])(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(\\p{Ll}[\\p{Ll}-]+)");
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile(
            "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*$");
    /** Words after a number that make it a time or a measure rather than a count of things. */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile(
            "of|to|and|or|a\\.m|p\\.m|am|pm|percent|per|years?|months?|weeks?|days?|hours?|minutes?|seconds?|times");
}
