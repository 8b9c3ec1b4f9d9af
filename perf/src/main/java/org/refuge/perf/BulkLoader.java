package org.refuge.perf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.refuge.registration.domain.Household;
import org.refuge.registration.domain.IdentityDocument;
import org.refuge.registration.domain.PersonName;
import org.refuge.registration.domain.Transliteration;

/**
 * Loads a synthetic influx straight into PostgreSQL with COPY, as registered households of the benchmark's own border
 * crossing point {@value #SITE}, into the application's tables with all their indexes. Name keys, skeletons, Latin
 * names and document number keys are computed by the application's own classes, so the duplicate check and the
 * search see these rows as they would see rows the application wrote. Household and person ids are derived from the
 * generator's ordinals, so that the benchmark knows which loaded person a near-duplicate it types should find.
 * <p>
 * Resumable: the households already at the site are the first ones of the same deterministic stream; loading goes on
 * after them, in transactions of {@value #HOUSEHOLDS_PER_TRANSACTION} households. Reporting's summary is brought up to date
 * once per transaction, for its households, instead of once per table by each table's trigger.
 */
final class BulkLoader {

    static final String SITE = "BCP-BENCH";
    static final long SEED = 20_261_125L;
    /** Ages of the loaded population are counted on this day; their registry numbers carry it. */
    static final LocalDate DAY = LocalDate.of(2025, 1, 15);
    static final String REGISTRAR = "benchmark";
    private static final int HOUSEHOLDS_PER_TRANSACTION = 1_000;
    /** The loaded tables whose inserts reporting's triggers (V49, V71) follow. */
    private static final List<String> REPORTED_TABLES = List.of("household", "person", "person_citizenship", "person_need");

    private final Connection db;
    private final boolean screened;
    private final Map<String, String> latin = new HashMap<>();
    private final Map<String, String> keys = new HashMap<>();

    /** What one call found and did. */
    /** Persons and households at the site before and after; the time to make the rows and the time in COPY and commit. */
    record Result(long personsBefore, long persons, long householdsBefore, long households, double seconds,
                  double prepareSeconds, double copySeconds) {

        boolean skipped() {
            return persons == personsBefore;
        }

        long loadedPersons() {
            return persons - personsBefore;
        }

        long loadedHouseholds() {
            return households - householdsBefore;
        }
    }

    BulkLoader(Connection db) {
        this(db, false);
    }

    /**
     * A loader whose households are also screened clear, in the load batch's transaction, when {@code screened} (for
     * {@link WorkVolumeBenchmark}: {@link WorkVolumePlanting#screenBatch}), so that reporting sums each household up once.
     */
    BulkLoader(Connection db, boolean screened) {
        this.db = db;
        this.screened = screened;
    }

    static InfluxGenerator generator() {
        return new InfluxGenerator(SEED, DAY);
    }

    static UUID householdId(long ordinal) {
        return UUID.nameUUIDFromBytes((SITE + "/household/" + ordinal).getBytes(StandardCharsets.US_ASCII));
    }

    static UUID personId(long ordinal) {
        return UUID.nameUUIDFromBytes((SITE + "/person/" + ordinal).getBytes(StandardCharsets.US_ASCII));
    }

    static String registryNumber(long ordinal) {
        return SITE + "-" + DAY.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + String.format("%07d", ordinal + 1);
    }

    long personsAtSite() throws SQLException {
        return count("SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id WHERE h.site_code = '" + SITE + "'");
    }

    /**
     * Waits, at most {@code minutes}, until the application has counted the names of at least 95 % of the registered
     * persons (registration's NameFrequencyTable counts them each minute when the registry grew by 5 %): the duplicate
     * check weighs names by their frequency. False when it did not.
     */
    boolean awaitNameFrequencies(int minutes) throws SQLException, InterruptedException {
        long registered = count("SELECT count(*) FROM person WHERE status = 'REGISTERED'");
        long deadline = System.nanoTime() + minutes * 60_000_000_000L;
        while (count("SELECT coalesce(max(persons), 0) FROM name_frequency_count") * 100 < registered * 95) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5_000);
        }
        return true;
    }

    long householdsAtSite() throws SQLException {
        return count("SELECT count(*) FROM household WHERE site_code = '" + SITE + "'");
    }

    /** Loads households until the site holds at least {@code persons} persons; nothing when it already does. */
    Result loadUpTo(long persons, Consumer<String> progress) throws SQLException, IOException {
        ensureSite();
        long before = personsAtSite();
        long householdsBefore = householdsAtSite();
        long households = householdsBefore;
        // the households already there must be the first ones of this stream, or the benchmark's planted
        // near-duplicates would not match them
        InfluxGenerator generator = generator();
        long streamed = 0;
        String lastHead = null;
        for (long i = 0; i < households; i++) {
            SyntheticHousehold h = generator.next();
            streamed += h.size();
            lastHead = h.headName();
        }
        if (streamed != before || (lastHead != null && !lastHead.equals(headName(households - 1)))) {
            throw new IllegalStateException("The " + households + " households at " + SITE + " were not made by this version of the "
                    + "synthetic generator (" + before + " persons where it makes " + streamed + "): run the benchmark on a database "
                    + "without them");
        }
        if (before >= persons) {
            return new Result(before, before, households, households, 0, 0, 0);
        }
        long start = System.nanoTime();
        long total = before;
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        Tables tables = new Tables();
        long copyNanos = 0;
        try {
            if (screened) {
                WorkVolumePlanting.createBatchTable(db);
            }
            long nextReport = total + 100_000;
            while (total < persons) {
                for (int n = 0; n < HOUSEHOLDS_PER_TRANSACTION && total < persons; n++) {
                    SyntheticHousehold h = generator.next();
                    add(tables, h);
                    total += h.size();
                    households++;
                }
                long copyStart = System.nanoTime();
                commitBatch(tables, copy, screened);
                tables.clear();
                copyNanos += System.nanoTime() - copyStart;
                if (total >= nextReport || total >= persons) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    progress.accept(String.format(java.util.Locale.ROOT, "  %,d persons in %,d households at the site "
                            + "(%.0f persons/s; %.0f s in COPY, %.0f s making rows)", total, households, (total - before) / seconds,
                            copyNanos / 1e9, seconds - copyNanos / 1e9));
                    nextReport = total + 100_000;
                }
            }
        } catch (SQLException | IOException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(before, total, householdsBefore, households, seconds, seconds - copyNanos / 1e9, copyNanos / 1e9);
    }

    /**
     * Copies one batch in its own transaction. Turning reporting's triggers off locks the tables one after the other, so
     * a registration through the API that writes them in another order can deadlock with it (PostgreSQL then cancels
     * this transaction): the batch is copied again, up to 5 times.
     */
    private void commitBatch(Tables tables, CopyManager copy, boolean screened) throws SQLException, IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                reportingTriggers("DISABLE");
                tables.copy(copy);
                if (screened) {
                    screen(tables.householdIds);
                }
                householdsChanged(tables.householdIds);
                reportingTriggers("ENABLE");
                db.commit();
                return;
            } catch (SQLException e) {
                db.rollback();
                if (!"40P01".equals(e.getSQLState()) || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /**
     * Reporting's insert triggers of the loaded tables off or on again, inside the batch's transaction (so that no other
     * transaction ever sees them off): each would sum the batch's households up once more, four times in all.
     */
    private void reportingTriggers(String disableOrEnable) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String table : REPORTED_TABLES) {
                s.execute("ALTER TABLE " + table + " " + disableOrEnable + " TRIGGER " + table + "_report_insert");
            }
        }
    }

    private void screen(List<UUID> ids) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO plant_batch SELECT unnest(?)")) {
            s.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            s.execute();
        }
        WorkVolumePlanting.screenBatch(db);
    }

    /** Reporting's summary of the batch's households, once, as the triggers would have left it. */
    private void householdsChanged(List<UUID> ids) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT reporting_households_changed(?)")) {
            s.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            s.execute();
        }
    }

    private void ensureSite() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO site (code, kind, name, region, active) VALUES ('" + SITE
                    + "', 'BCP', 'Benchmark BCP', '-', true) ON CONFLICT DO NOTHING");
        }
    }

    private final class Tables {
        final CopyRows household = new CopyRows("household", "id, registry_number, site_code, status, arrived_at, registered_at, "
                + "registered_by, head_name, head_name_latin, head_name_key, female_children, male_children, female_adults, "
                + "male_adults, female_elderly, male_elderly, vehicle_or_group");
        final CopyRows visibleNeed = new CopyRows("household_visible_need", "household_id, need_code");
        final CopyRows person = new CopyRows("person", "id, household_id, status, relationship, given_name, family_name, patronymic, "
                + "given_name_latin, family_name_latin, patronymic_latin, name_key, name_skeleton, sex, birth_date, birth_precision, "
                + "birth_place, stateless, marital_status, phone, registered_at, registered_by");
        final CopyRows citizenship = new CopyRows("person_citizenship", "person_id, country_code");
        final CopyRows language = new CopyRows("person_language", "person_id, language_code");
        final CopyRows need = new CopyRows("person_need", "person_id, need_code");
        final CopyRows document = new CopyRows("person_document", "person_id, position, type_code, number, number_key, issuing_country, expires_on");
        final List<UUID> householdIds = new ArrayList<>();

        /** Parents before children, for the foreign keys. */
        void copy(CopyManager copy) throws SQLException, IOException {
            for (CopyRows rows : List.of(household, visibleNeed, person, citizenship, language, need, document)) {
                rows.copy(copy);
            }
        }

        void clear() {
            for (CopyRows rows : List.of(household, visibleNeed, person, citizenship, language, need, document)) {
                rows.clear();
            }
            householdIds.clear();
        }
    }

    private void add(Tables t, SyntheticHousehold h) {
        UUID householdId = householdId(h.ordinal());
        t.householdIds.add(householdId);
        // arrivals spread over the days after DAY, one every 3 seconds
        Instant registered = DAY.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(h.ordinal() * 3);
        String headName = h.headName();
        t.household.field(householdId).field(registryNumber(h.ordinal())).field(SITE).field("REGISTERED")
                .field(registered.minusSeconds(600)).field(registered).field(REGISTRAR).field(headName)
                .field(h.headNameLatin() != null ? h.headNameLatin() : latin(headName))
                .field(keys.computeIfAbsent("\u0001" + headName, k -> Household.searchKey(headName)))
                .field(h.count("F", 0)).field(h.count("M", 0)).field(h.count("F", 1)).field(h.count("M", 1))
                .field(h.count("F", 2)).field(h.count("M", 2)).field(h.vehicleOrGroup()).endRow();
        for (String need : h.visibleNeeds()) {
            t.visibleNeed.field(householdId).field(need).endRow();
        }
        for (SyntheticPerson p : h.members()) {
            UUID id = personId(p.ordinal());
            String given = p.givenName();
            String family = p.familyName();
            String patronymic = p.patronymic();
            String key = keys.computeIfAbsent(given + "\u0000" + family, k -> PersonName.key(given, family));
            t.person.field(id).field(householdId).field("REGISTERED").field(p.relationship()).field(given).field(family)
                    .field(patronymic).field(p.givenNameLatin() != null ? p.givenNameLatin() : latin(given))
                    .field(p.familyNameLatin() != null ? p.familyNameLatin() : latin(family))
                    .field(patronymic == null ? null : latin(patronymic)).field(key).field(PersonName.skeleton(key))
                    .field(p.sex()).field(p.birthDate()).field(p.birthPrecision()).field(p.birthPlace()).field(p.stateless())
                    .field(p.maritalStatus()).field(p.phone()).field(registered).field(REGISTRAR).endRow();
            for (String country : p.citizenships()) {
                t.citizenship.field(id).field(country).endRow();
            }
            for (String language : p.languages()) {
                t.language.field(id).field(language).endRow();
            }
            for (String need : p.needs()) {
                t.need.field(id).field(need).endRow();
            }
            int position = 0;
            for (SyntheticDocument d : p.documents()) {
                t.document.field(id).field(position++).field(d.typeCode()).field(d.number()).field(IdentityDocument.numberKey(d.number()))
                        .field(d.issuingCountry()).field(d.expiresOn()).endRow();
            }
        }
        if (keys.size() > 2_000_000) {
            keys.clear();
        }
        // head names are many (given and family names drawn with a long tail): keep the cache bounded too
        if (latin.size() > 500_000) {
            latin.clear();
        }
    }

    /** The application's Latin proposal for a name or a head's full name, cached: the common ones recur all the time. */
    private String latin(String name) {
        return latin.computeIfAbsent(name, Transliteration::toLatin);
    }

    private String headName(long ordinal) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT head_name FROM household WHERE registry_number = ?")) {
            s.setString(1, registryNumber(ordinal));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
