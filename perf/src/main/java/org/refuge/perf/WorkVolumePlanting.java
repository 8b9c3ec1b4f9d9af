package org.refuge.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Makes the households bulk-loaded at {@link BulkLoader#SITE} ready for the worklists of {@link WorkVolumeBenchmark},
 * with SQL in the application's own tables, in batches of {@value #BATCH} households, each batch its own transaction so
 * that the triggers keep reporting's summary and the card queue as they do for a change made through the application:
 * <ol>
 * <li>each registered member of every loaded household not screened yet is screened clear, two hours after the
 * household's registration: a medical screening (cleared, non-urgent) and, from 14, a security check with both enquiries
 * answered clear;</li>
 * <li>the registered persons of the oldest screened households nobody has decided on yet are granted protection under
 * the benchmark's decree, for a year from today, until {@code cards} persons wait for a card.</li>
 * </ol>
 */
final class WorkVolumePlanting {

    static final int BATCH = 20_000;

    private final Connection db;
    private final String decree;

    WorkVolumePlanting(Connection db, String decree) {
        this.db = db;
        this.decree = decree;
    }

    /** Plants what is missing; says what it did. */
    String plant(long cards) throws SQLException {
        long start = System.nanoTime();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            long screened = screen();
            long granted = grant(cards);
            return String.format(Locale.ROOT, "%,d persons screened, %,d persons granted protection in %.1f s; now %,d persons wait "
                    + "for a card", screened, granted, (System.nanoTime() - start) / 1e9, count("SELECT count(*) FROM protection_card_wait"));
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /**
     * The loaded households not screened yet, per batch (none when the bulk load screened them already, as a
     * {@code --volume-only} load does). Batches follow the household id, so each starts where the last one ended.
     */
    private long screen() throws SQLException {
        long started = System.nanoTime();
        long done = 0;
        createBatchTable(db);
        String after = "00000000-0000-0000-0000-000000000000";
        while (true) {
            int households = update("INSERT INTO plant_batch SELECT h.id FROM household h WHERE h.site_code = '" + BulkLoader.SITE
                    + "' AND h.status = 'REGISTERED' AND h.id > '" + after + "'::uuid AND NOT EXISTS (SELECT 1 FROM medical_screening m "
                    + "WHERE m.household_id = h.id) ORDER BY h.id LIMIT " + BATCH);
            if (households == 0) {
                db.commit();
                return done;
            }
            after = text("SELECT household_id::text FROM plant_batch ORDER BY household_id DESC LIMIT 1");
            int persons = screenBatch(db);
            call("SELECT reporting_households_changed(array(SELECT household_id FROM plant_batch))");
            db.commit();
            done += persons;
            System.out.printf(Locale.ROOT, "  %,d persons screened (%.1f s)%n", done, (System.nanoTime() - started) / 1e9);
        }
    }

    /** The batch table's rows go with each commit. */
    static void createBatchTable(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("CREATE TEMPORARY TABLE IF NOT EXISTS plant_batch (household_id uuid PRIMARY KEY) "
                + "ON COMMIT DELETE ROWS")) {
            s.execute();
        }
        db.commit();
    }

    /**
     * Screens the households in {@code plant_batch} clear, as the members' screening processes leave it (V67): each
     * registered member started, a security check due from 14; a clear security check for those due and a cleared
     * medical screening for each, two hours after the household's registration. Both go in with reporting's insert
     * triggers off (inside the caller's transaction, so that no other transaction sees them off): the caller sums the
     * households up once afterwards, as the triggers would have, with a direct call (the triggers' generic plan takes
     * some 2.5 times longer for a batch of this size). Answers the persons screened.
     */
    static int screenBatch(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO screening_person (person_id, household_id, security_required, started_at) "
                    + "SELECT p.id, p.household_id, coalesce(p.birth_date <= (h.registered_at AT TIME ZONE 'UTC')::date - 14 * 365, true), "
                    + "h.registered_at FROM plant_batch b JOIN household h ON h.id = b.household_id JOIN person p ON p.household_id = h.id "
                    + "WHERE p.status = 'REGISTERED' ON CONFLICT (person_id) DO NOTHING");
            s.execute("ALTER TABLE security_check DISABLE TRIGGER security_check_report_insert");
            s.execute("ALTER TABLE medical_screening DISABLE TRIGGER medical_screening_report_insert");
            s.executeUpdate("INSERT INTO security_check (id, household_id, person_id, nss_answer, police_answer, result, updated_at, updated_by) "
                    + "SELECT gen_random_uuid(), s.household_id, s.person_id, 'CLEAR', 'CLEAR', 'CLEAR', h.registered_at + interval '2 hours', "
                    + "'benchmark' FROM plant_batch b JOIN household h ON h.id = b.household_id JOIN screening_person s ON s.household_id = h.id "
                    + "WHERE s.security_required AND NOT EXISTS (SELECT 1 FROM security_check c WHERE c.person_id = s.person_id)");
            int persons = s.executeUpdate("INSERT INTO medical_screening (id, household_id, person_id, screened_at, screened_by, triage, "
                    + "pregnancy, communicable_suspicion, hospital_referral, isolation_needed, outcome) SELECT gen_random_uuid(), "
                    + "s.household_id, s.person_id, h.registered_at + interval '2 hours', 'benchmark', 'NON_URGENT', false, false, false, "
                    + "false, 'CLEARED' FROM plant_batch b JOIN household h ON h.id = b.household_id JOIN screening_person s "
                    + "ON s.household_id = h.id");
            s.execute("ALTER TABLE security_check ENABLE TRIGGER security_check_report_insert");
            s.execute("ALTER TABLE medical_screening ENABLE TRIGGER medical_screening_report_insert");
            return persons;
        }
    }

    private long grant(long cards) throws SQLException {
        long started = System.nanoTime();
        long done = 0;
        while (true) {
            long waiting = count("SELECT count(*) FROM protection_card_wait");
            if (waiting >= cards) {
                return done;
            }
            int households = (int) Math.min(BATCH, Math.max(1, (cards - waiting) / 4));
            update("INSERT INTO plant_batch SELECT h.id FROM household h WHERE h.site_code = '" + BulkLoader.SITE
                    + "' AND EXISTS (SELECT 1 FROM medical_screening m WHERE m.household_id = h.id) "
                    + "AND NOT EXISTS (SELECT 1 FROM protection_status s WHERE s.household_id = h.id) "
                    + "ORDER BY h.arrived_at, h.id LIMIT " + households);
            update("ALTER TABLE protection_status DISABLE TRIGGER protection_status_report_insert");
            int granted = update("INSERT INTO protection_status (person_id, household_id, decree_id, status, valid_from, valid_until, "
                    + "changed_at, changed_by) SELECT p.id, p.household_id, '" + decree + "'::uuid, 'GRANTED', current_date, "
                    + "current_date + 365, now(), 'benchmark' FROM plant_batch b JOIN person p ON p.household_id = b.household_id "
                    + "WHERE p.status = 'REGISTERED'");
            call("SELECT reporting_households_changed(array(SELECT household_id FROM plant_batch))");
            update("ALTER TABLE protection_status ENABLE TRIGGER protection_status_report_insert");
            db.commit();
            if (granted == 0) {
                return done;
            }
            done += granted;
            System.out.printf(Locale.ROOT, "  %,d persons granted protection (%.1f s)%n", done, (System.nanoTime() - started) / 1e9);
        }
    }

    private void call(String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.execute();
        }
    }

    private int update(String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            return s.executeUpdate();
        }
    }

    private String text(String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
