package org.refuge.acceptance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The test database, for what no API can do: moving a household's registration into the past, so that the server's
 * own timers (the three-day clock) are seen firing. Same REFUGE_DB_* settings as the server.
 */
final class TestDatabase {

    private TestDatabase() {
    }

    /** Sets the household's registration time back by {@code hours}. */
    static void registeredHoursAgo(String registryNumber, int hours) {
        try (Connection db = connect(); var back = db.prepareStatement(
                "UPDATE household SET registered_at = registered_at - make_interval(hours => ?) WHERE registry_number = ?")) {
            back.setInt(1, hours);
            back.setString(2, registryNumber);
            if (back.executeUpdate() != 1) {
                throw new IllegalStateException("No household " + registryNumber);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets a person's protection to end in {@code days} days (its renewal then falls due soon). */
    static void protectionEndsInDays(String personId, int days) {
        try (Connection db = connect(); var end = db.prepareStatement(
                "UPDATE protection_status SET valid_until = current_date + ? WHERE person_id = ?::uuid")) {
            end.setInt(1, days);
            end.setString(2, personId);
            if (end.executeUpdate() != 1) {
                throw new IllegalStateException("No protection of " + personId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Gives a household visible-need codes as registrations before the desk refused sensitive codes could have
     * recorded them (the data a policy must still protect).
     */
    static void householdNeeds(String registryNumber, String... codes) {
        try (Connection db = connect(); var add = db.prepareStatement("INSERT INTO household_visible_need (household_id, need_code) "
                + "SELECT id, ? FROM household WHERE registry_number = ?")) {
            for (String code : codes) {
                add.setString(1, code);
                add.setString(2, registryNumber);
                if (add.executeUpdate() != 1) {
                    throw new IllegalStateException("No household " + registryNumber);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Leaves {@code user}'s {@code key} claimed {@code minutesAgo} minutes ago with no answer kept yet, as a bulk action
     * still running, or one whose server stopped, leaves it (BulkRequests writes "(running" and a token of its own; a
     * claim without a token, as earlier versions wrote, reads as running too).
     */
    static void bulkKeyRunning(String user, String key, String operation, int minutesAgo) {
        try (Connection db = connect(); var claim = db.prepareStatement("INSERT INTO idempotent_request (actor, request_key, operation, "
                + "result, created_at) VALUES (?, ?, ?, '(running)', now() - make_interval(mins => ?)) ON CONFLICT (actor, request_key) "
                + "DO UPDATE SET result = excluded.result, created_at = excluded.created_at")) {
            claim.setString(1, user);
            claim.setString(2, key);
            claim.setString(3, operation);
            claim.setInt(4, minutesAgo);
            claim.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether reporting's summary (the allocation queue's rank) counts the household as needing isolation. */
    static boolean isolated(String registryNumber) {
        try (Connection db = connect(); var s = db.prepareStatement("SELECT r.isolated FROM reporting_household r "
                + "JOIN household h ON h.id = r.household_id WHERE h.registry_number = ?")) {
            s.setString(1, registryNumber);
            try (var r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("No summary of " + registryNumber);
                }
                return r.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs one statement as the application's runtime role (the server's datasource user) and answers the SQLSTATE
     * it failed with, or null when it succeeded (its work is rolled back either way).
     */
    static String asRuntimeRole(String sql) {
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            try (var statement = db.createStatement()) {
                statement.execute(sql);
                return null;
            } catch (SQLException refused) {
                return refused.getSQLState();
            } finally {
                db.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test database's name (REFUGE_TEST_DB_NAME, refuge_test, or the lane's). */
    static String name() {
        return System.getProperty("refuge.test.db.name", env("REFUGE_TEST_DB_NAME", "refuge_test"));
    }

    /** A connection to the test database as the application's runtime role (REFUGE_DB_USER). */
    static Connection connect() throws SQLException {
        return connect(name());
    }

    /** The same to another database of the test server (the kill -9 test's own). */
    static Connection connect(String database) throws SQLException {
        String url = "jdbc:postgresql://" + env("REFUGE_DB_HOST", "localhost") + ":" + env("REFUGE_DB_PORT", "5432") + "/" + database;
        return DriverManager.getConnection(url, env("REFUGE_DB_USER", "refuge"), env("REFUGE_DB_PASSWORD", "refuge"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
