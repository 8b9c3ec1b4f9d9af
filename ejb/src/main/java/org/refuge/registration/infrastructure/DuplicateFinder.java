package org.refuge.registration.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.refuge.registration.domain.BirthPrecision;
import org.refuge.registration.domain.DuplicateMatch.Reason;
import org.refuge.registration.domain.PersonName;
import org.refuge.registration.domain.matching.Band;
import org.refuge.registration.domain.matching.Comparison;
import org.refuge.registration.domain.matching.Level;
import org.refuge.registration.domain.matching.MatchModel;
import org.refuge.registration.domain.matching.MatchRecord;
import org.refuge.registration.domain.matching.MatchScorer;
import org.refuge.registration.domain.matching.Score;

/**
 * Possible duplicates of a person among all registered persons, whatever site registered them, scored by the
 * duplicate-check model ({@link DuplicateModel}, {@link MatchScorer}). Candidates are gathered from blocks that each
 * read a few index rows, not the registry: the same document number; for a birth date typed to the day, similar names
 * (trigram similarity of the folded Latin keys, or of the consonant skeletons for names typed in Arabic script) born
 * within a month of it and the same sex born on the day or a slip of it (a changed family name); for a date known less
 * well, similar names and names that sound alike born within a window that widens with the date's imprecision. Each
 * candidate's record is then compared whole (names, birth date, sex, citizenship, birth place, documents, relatives)
 * and kept when its score reaches the review band, best first, with every comparison's part. Checks no roles: its
 * callers do.
 */
@ApplicationScoped
public class DuplicateFinder {

    /** Similarity from which a name is a candidate when the birth date is known. */
    static final double NAME_THRESHOLD = 0.45;
    /** A candidate by consonant skeleton alone needs this similarity. */
    static final double SKELETON_THRESHOLD = 0.6;
    /** How many persons the name block gives the scorer, the most similar first. */
    static final int NAME_BLOCK = 40;
    /** How many persons born on the typed day or a slip of it the birth-day block gives the scorer. */
    static final int BIRTH_DAY_BLOCK = 12;
    /** How many persons with names that sound alike the sound block gives the scorer. */
    static final int SOUND_BLOCK = 20;
    /** How many persons born within a month of the typed day the near-day block gives the scorer. */
    static final int NEAR_DAY_BLOCK = 15;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    @PersistenceContext
    EntityManager em;

    @Inject
    CandidateRecords records;

    @Inject
    DuplicateModel model;

    @Inject
    NameFrequencyTable frequencies;

    /**
     * What is typed so far; any part may be missing. The relatives compared are the members registered so far in
     * {@code excludeHousehold}, the household at the desk.
     */
    public record Draft(String givenName, String familyName, String sex, LocalDate birthDate, BirthPrecision precision,
                        Collection<String> citizenships, String birthPlace, Collection<MatchRecord.Document> documents,
                        UUID excludeHousehold, UUID excludePerson) {
    }

    /** A candidate: its score with every comparison's part, the similarity of the whole names (0-1), and why in short. */
    public record Hit(UUID personId, Score score, float nameSimilarity, Set<Reason> reasons) {
    }

    /** The candidates whose score reaches the review band, best first, at most {@code max}. */
    public List<Hit> find(Draft draft, int max) {
        Set<UUID> ids = new LinkedHashSet<>(byDocument(draft));
        String key = PersonName.key(draft.givenName(), draft.familyName());
        if (draft.birthDate() != null && key.replace(" ", "").length() >= 3) {
            // without a birth date no name can reach the desk (the score stays below ASK): the name blocks wait for it
            em.createNativeQuery("SELECT set_config('pg_trgm.similarity_threshold', :t, true)")
                    .setParameter("t", Double.toString(NAME_THRESHOLD)).getSingleResult();
            if (draft.precision() == BirthPrecision.EXACT) {
                // a day typed: the day, its slips and its month find the person (the name block's year of namesakes
                // cost the most and found no one more over the benchmark's checks)
                ids.addAll(byNearDay(draft, key));
                ids.addAll(byBirthDay(draft, key));
            } else {
                ids.addAll(byName(draft, key));
                ids.addAll(bySound(draft, key));
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        MatchRecord desk = MatchRecord.of(draft.givenName(), draft.familyName(), draft.sex(), draft.birthDate(), draft.precision(),
                draft.citizenships(), draft.birthPlace(), draft.documents(), null)
                .withRelatives(records.relativeKeys(draft.excludeHousehold(), draft.excludePerson()));
        double share = nameShare(key, draft.excludePerson());
        MatchScorer scorer = new MatchScorer(model.model().forRegistry(frequencies.persons()), new MatchScorer.NameFrequencies() {
            @Override
            public double share(org.refuge.registration.domain.matching.Comparison comparison, String name) {
                return frequencies.share(comparison, name);
            }

            @Override
            public double fullNameShare(String givenKey, String familyKey) {
                return share;
            }
        });
        List<Hit> hits = new ArrayList<>();
        records.of(ids).forEach((id, registered) -> {
            Score score = scorer.score(desk, registered);
            if (score.band() != Band.NONE) {
                hits.add(new Hit(id, score, similarity(desk, registered, score.namesSwapped()), reasons(score)));
            }
        });
        hits.sort(Comparator.comparingDouble((Hit h) -> h.score().bits()).reversed());
        return hits.subList(0, Math.min(hits.size(), max));
    }

    /**
     * Two registered persons compared as the desk compares them (each with the relatives registered with them), for a
     * caseworker deciding a match: empty when either is no longer registered.
     */
    public java.util.Optional<Score> compare(UUID person, UUID candidate) {
        java.util.Map<UUID, MatchRecord> found = records.of(List.of(person, candidate));
        if (!found.containsKey(person) || !found.containsKey(candidate)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new MatchScorer(model.model().forRegistry(frequencies.persons()), frequencies::share)
                .score(found.get(person), found.get(candidate)));
    }

    /** Why in short, for lists and the caseworkers' queue: what agrees. */
    static Set<Reason> reasons(Score score) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        for (Score.Contribution part : score.contributions()) {
            boolean agrees = part.bits() > 0;
            switch (part.comparison()) {
                case GIVEN_NAME, FAMILY_NAME -> { if (agrees) reasons.add(Reason.NAME); }
                case BIRTH_DATE -> { if (agrees) reasons.add(Reason.BIRTH_DATE); }
                case DOCUMENT -> { if (part.level() == Level.EXACT) reasons.add(Reason.DOCUMENT); }
                case RELATIVES -> { if (part.level() == Level.EXACT) reasons.add(Reason.RELATIVES); }
                default -> { }
            }
        }
        if (score.namesSwapped()) {
            reasons.add(Reason.NAMES_SWAPPED);
        }
        return reasons;
    }

    private static float similarity(MatchRecord desk, MatchRecord registered, boolean swapped) {
        String typed = desk.givenKey() + " " + desk.familyKey();
        String theirs = swapped ? registered.familyKey() + " " + registered.givenKey() : registered.givenKey() + " " + registered.familyKey();
        return typed.isBlank() || theirs.isBlank() ? 0f : JARO_WINKLER.apply(typed.strip(), theirs.strip()).floatValue();
    }

    private List<UUID> byDocument(Draft draft) {
        List<String> keys = draft.documents() == null ? List.of() : draft.documents().stream()
                .map(MatchRecord.Document::numberKey).filter(k -> k != null && k.length() >= 4).distinct().toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT DISTINCT d.person_id FROM person_document d JOIN person p ON p.id = d.person_id "
                        + "WHERE d.number_key IN (:keys) AND p.status = 'REGISTERED' AND p.household_id <> :household "
                        + "AND p.id <> :person LIMIT 20", UUID.class)
                .setParameter("keys", keys).setParameter("household", orNone(draft.excludeHousehold()))
                .setParameter("person", orNone(draft.excludePerson())).getResultList();
        return ids;
    }

    /** A name's condition: the folded key, or for names typed in Arabic script the consonant skeleton too. */
    private static String names(String skeleton) {
        // a skeleton has few letters: alone it must be closer to count (Arabic spellings and their Latin retyping)
        return skeleton.replace(" ", "").length() >= 3
                ? "(name_key % :key OR (name_skeleton % :skeleton AND similarity(name_skeleton, :skeleton) >= " + SKELETON_THRESHOLD + "))"
                : "name_key % :key";
    }

    private static final String OTHERS = " AND status = 'REGISTERED' AND household_id <> :household AND id <> :person";

    /**
     * The name block, for a date not known to the day: similar names by their folded Latin key or by their consonant
     * skeleton (what an Arabic-script spelling and its Latin retyping share) born in the typed date's own span
     * ({@link #nameSpan}), those of the sex typed first, then the most similar. The GiST indexes read every person born
     * in the span (V12): a year of a registry of 5 M costs about 20 ms, ten years 200 ms, so the wider window is left to
     * the sound block.
     */
    @SuppressWarnings("unchecked")
    private List<UUID> byName(Draft draft, String key) {
        String skeleton = PersonName.skeleton(key);
        String similarity = "greatest(similarity(name_key, :key), similarity(name_skeleton, :skeleton))";
        LocalDate[] span = nameSpan(draft.birthDate(), draft.precision());
        return em.createNativeQuery("SELECT id FROM person WHERE " + names(skeleton) + " AND birth_date BETWEEN :from AND :to" + OTHERS
                        + " ORDER BY sex = :sex DESC, " + similarity + " DESC, registered_at DESC LIMIT " + NAME_BLOCK, UUID.class)
                .setParameter("key", key).setParameter("sex", sex(draft)).setParameter("skeleton", skeleton).setParameter("household", orNone(draft.excludeHousehold()))
                .setParameter("person", orNone(draft.excludePerson())).setParameter("from", span[0]).setParameter("to", span[1])
                .getResultList();
    }

    /**
     * The birth dates the name block reads for a date not known to the day: its month and the months either side
     * (MONTH), its year (YEAR: stored on the 1st of January), six months either side of an estimate (ESTIMATED).
     */
    static LocalDate[] nameSpan(LocalDate birth, BirthPrecision precision) {
        // BETWEEN takes both ends: each span ends the day before the next month or year begins
        return switch (precision == null ? BirthPrecision.EXACT : precision) {
            case EXACT, MONTH -> new LocalDate[] {birth.minusMonths(1), birth.plusMonths(2).minusDays(1)};
            case YEAR -> new LocalDate[] {birth, birth.plusYears(1).minusDays(1)};
            case ESTIMATED -> new LocalDate[] {birth.minusMonths(6), birth.plusMonths(6)};
        };
    }

    /**
     * The near-day block: similar names born within a month of the typed day, or registered with only the typed year
     * (stored on its 1st of January).
     */
    @SuppressWarnings("unchecked")
    private List<UUID> byNearDay(Draft draft, String key) {
        LocalDate birth = draft.birthDate();
        String skeleton = PersonName.skeleton(key);
        // two branches, each within its dates: one condition with OR lets the planner read the trigram indexes whole
        String branch = "SELECT id, name_key, name_skeleton FROM person WHERE " + names(skeleton) + " AND ";
        return em.createNativeQuery("SELECT id FROM (" + branch + "birth_date BETWEEN :from AND :to AND birth_precision <> 'YEAR'" + OTHERS + " UNION ALL " + branch
                        + "birth_date = :year AND birth_precision = 'YEAR'" + OTHERS + ") p"
                        + " ORDER BY greatest(similarity(name_key, :key), similarity(name_skeleton, :skeleton)) DESC LIMIT " + NEAR_DAY_BLOCK, UUID.class)
                .setParameter("key", key).setParameter("skeleton", skeleton).setParameter("from", birth.minusDays(31))
                .setParameter("to", birth.plusDays(31)).setParameter("year", birth.withDayOfYear(1))
                .setParameter("household", orNone(draft.excludeHousehold())).setParameter("person", orNone(draft.excludePerson()))
                .getResultList();
    }

    /**
     * The sound block, for a birth date known only by its year or estimated, where no birth-day block can help: names
     * that sound like the one typed ({@code person_sound_key}, V83: the consonants spellings in other scripts keep), in
     * the given-family order or swapped, born within the window ({@link #window}): those of the sex typed and born in the
     * date's own span first (at 5 M a common sound key has more namesakes in the window than the block takes), then the
     * most similar. One btree range (V86): under a millisecond at 5 M persons, where V83's GiST read the whole window.
     */
    @SuppressWarnings("unchecked")
    private List<UUID> bySound(Draft draft, String key) {
        int years = window(draft.precision());
        LocalDate[] span = nameSpan(draft.birthDate(), draft.precision());
        String swapped = PersonName.key(draft.familyName(), draft.givenName());
        return em.createNativeQuery("SELECT id FROM person WHERE person_sound_key(name_key) IN (person_sound_key(:key), "
                        + "person_sound_key(:swapped)) AND birth_date BETWEEN :from AND :to" + OTHERS
                        + " ORDER BY sex = :sex DESC, birth_date BETWEEN :spanFrom AND :spanTo DESC, similarity(name_key, :key) DESC, id"
                        + " LIMIT " + SOUND_BLOCK, UUID.class)
                .setParameter("key", key).setParameter("swapped", swapped).setParameter("from", draft.birthDate().minusYears(years))
                .setParameter("sex", sex(draft)).setParameter("spanFrom", span[0]).setParameter("spanTo", span[1])
                .setParameter("to", draft.birthDate().plusYears(years))
                .setParameter("household", orNone(draft.excludeHousehold())).setParameter("person", orNone(draft.excludePerson()))
                .getResultList();
    }

    /**
     * The birth-day block: persons of the same sex born on the typed day or on a day a slip in typing it gives (a day
     * either side, the day's digits swapped, day and month swapped), the most similar names first, by their folded keys
     * or their sound keys (an Arabic-script spelling and its Latin retyping share few trigrams of their keys: فاطمة منصور,
     * fatmt mnsvr, and Fatima Mansour, 0.17, rank first among 611 women born on those days by their sound keys, 0.73).
     * A family name changed (married, or written as another relative's) or a name garbled beyond the trigrams hides a person from the
     * name blocks, not from this one; nor does a slip in the day. A few dozen index rows per day even at millions.
     */
    @SuppressWarnings("unchecked")
    private List<UUID> byBirthDay(Draft draft, String key) {
        if (!("F".equals(draft.sex()) || "M".equals(draft.sex()))) {
            return List.of();
        }
        // dates known only by their year or month are stored on the 1st: they reach the name blocks, not this one
        return em.createNativeQuery("SELECT id FROM person WHERE birth_date IN (:days) AND sex = :sex AND birth_precision = 'EXACT'" + OTHERS
                        + " ORDER BY greatest(similarity(name_key, :key), similarity(person_sound_key(name_key), person_sound_key(:key)))"
                        + " DESC LIMIT " + BIRTH_DAY_BLOCK, UUID.class)
                .setParameter("days", slips(draft.birthDate())).setParameter("sex", draft.sex()).setParameter("key", key)
                .setParameter("household", orNone(draft.excludeHousehold())).setParameter("person", orNone(draft.excludePerson()))
                .getResultList();
    }

    /** The day and the days a slip in typing it gives: a day either side, the day's digits swapped, day and month swapped. */
    static Set<LocalDate> slips(LocalDate day) {
        Set<LocalDate> days = new LinkedHashSet<>(List.of(day, day.minusDays(1), day.plusDays(1)));
        int d = day.getDayOfMonth();
        valid(day.getYear(), day.getMonthValue(), d % 10 * 10 + d / 10).ifPresent(days::add);
        valid(day.getYear(), d, day.getMonthValue()).ifPresent(days::add);
        return days;
    }

    private static java.util.Optional<LocalDate> valid(int year, int month, int day) {
        try {
            return java.util.Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The share of other persons who carry this whole name, of the registry's size (the planner's estimate, counted when
     * under 100,000 or never analysed), shrunk as {@link MatchModel#nameShare} says: those with its exact key (an
     * index-only count stopped at 20,000; voided and merged records count too) but the candidate compared and the person
     * being registered. A common name agreeing is weaker evidence.
     */
    private double nameShare(String key, UUID registering) {
        if (key.isBlank()) {
            return 0;
        }
        // a range of one value: only the btree (V82) answers it, index-only (the trigram indexes answer "=" too, slowly)
        Tuple row = (Tuple) em.createNativeQuery("SELECT (SELECT count(*) FROM (SELECT 1 FROM person WHERE name_key "
                        + "BETWEEN :key AND :key LIMIT 20000) n) AS carriers, (SELECT CASE WHEN reltuples < 100000 THEN "
                        + "(SELECT count(*) FROM person) ELSE reltuples END FROM pg_class WHERE oid = 'person'::regclass) AS persons",
                        Tuple.class)
                .setParameter("key", key).getSingleResult();
        long others = row.get("carriers", Number.class).longValue() - 1 - (registering == null ? 0 : 1);
        return model.model().nameShare(null, others, row.get("persons", Number.class).longValue());
    }

    /** Years either side of the typed birth date in which a similar name is a possible match. */
    static int window(BirthPrecision precision) {
        if (precision == null) {
            return 1;
        }
        return switch (precision) {
            case EXACT, MONTH -> 1;
            case YEAR -> 2;
            case ESTIMATED -> 5;
        };
    }

    /** The sex typed, or "" (no one's): blocks put persons of the sex typed first, so namesakes of the other do not crowd them out. */
    private static String sex(Draft draft) {
        return draft.sex() == null ? "" : draft.sex();
    }

    private static UUID orNone(UUID id) {
        return id == null ? new UUID(0, 0) : id;
    }
}
