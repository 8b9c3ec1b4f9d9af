package org.refuge.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Makes the households bulk-loaded at {@link BulkLoader#SITE} ready for the worklists of {@link WorkVolumeBenchmark},
 * with SQL in the application's own tables, in batches of {@value #BATCH} households, each batch its own transaction so
 * that the triggers keep reporting's summary and the card queue as they do for a change made through the application:
 * <ol>
 * <li>every loaded household without a screening is screened clear: a medical screening (cleared, non-urgent) and a
 * security check with both enquiries answered clear, two hours after its arrival;</li>
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
            return String.format(Locale.ROOT, "%,d households screened, %,d persons granted protection in %.1f s; now %,d persons wait "
                    + "for a card", screened, granted, (System.nanoTime() - start) / 1e9, count("SELECT count(*) FROM protection_card_wait"));
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private long screen() throws SQLException {
        long started = System.nanoTime();
        long done = 0;
        String pick = "SELECT h.id, h.arrived_at FROM household h WHERE h.site_code = '" + BulkLoader.SITE + "' AND h.status = 'REGISTERED' "
                + "AND NOT EXISTS (SELECT 1 FROM medical_screening m WHERE m.household_id = h.id) ORDER BY h.id LIMIT " + BATCH;
        while (true) {
            int medical = update("INSERT INTO medical_screening (id, household_id, screened_at, screened_by, triage, pregnancy, "
                    + "communicable_suspicion, hospital_referral, isolation_needed, outcome) SELECT gen_random_uuid(), t.id, "
                    + "t.arrived_at + interval '2 hours', 'benchmark', 'NON_URGENT', false, false, false, false, 'CLEARED' FROM (" + pick + ") t");
            if (medical == 0) {
                return done;
            }
            update("INSERT INTO security_check (id, household_id, nss_answer, police_answer, result, updated_at, updated_by) "
                    + "SELECT gen_random_uuid(), m.household_id, 'CLEAR', 'CLEAR', 'CLEAR', m.screened_at, 'benchmark' "
                    + "FROM medical_screening m JOIN household h ON h.id = m.household_id WHERE h.site_code = '" + BulkLoader.SITE + "' "
                    + "AND NOT EXISTS (SELECT 1 FROM security_check s WHERE s.household_id = m.household_id)");
            db.commit();
            done += medical;
            System.out.printf(Locale.ROOT, "  %,d households screened (%.1f s)%n", done, (System.nanoTime() - started) / 1e9);
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
            int granted = update("INSERT INTO protection_status (person_id, household_id, decree_id, status, valid_from, valid_until, "
                    + "changed_at, changed_by) SELECT p.id, p.household_id, '" + decree + "'::uuid, 'GRANTED', current_date, "
                    + "current_date + 365, now(), 'benchmark' FROM person p WHERE p.status = 'REGISTERED' AND p.household_id IN ("
                    + "SELECT h.id FROM household h JOIN medical_screening m ON m.household_id = h.id WHERE h.site_code = '"
                    + BulkLoader.SITE + "' AND NOT EXISTS (SELECT 1 FROM protection_status s WHERE s.household_id = h.id) "
                    + "ORDER BY h.arrived_at, h.id LIMIT " + households + ")");
            db.commit();
            if (granted == 0) {
                return done;
            }
            done += granted;
            System.out.printf(Locale.ROOT, "  %,d persons granted protection (%.1f s)%n", done, (System.nanoTime() - started) / 1e9);
        }
    }

    private int update(String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            return s.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
