package org.refuge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

/** Which database refusals of a value are the user's (400/409 at a field) and which are not; what PostgreSQL says without detail. */
class DatabaseRefusalTest {

    /** As a commit failure reaches a page or a resource: the driver's exception deep in the container's. */
    private static Throwable atCommit(String state, String message) {
        SQLException sql = new SQLException(message, state);
        PersistenceException persistence = new PersistenceException("could not execute statement [" + message + "]", sql);
        jakarta.transaction.RollbackException rollback = new jakarta.transaction.RollbackException("ARJUNA016053");
        rollback.addSuppressed(persistence);
        return new EJBTransactionRolledbackException("rolled back", new Exception(rollback));
    }

    @Test
    void aCheckConstraint_namesTheFieldOfItsColumn() {
        DatabaseRefusal refusal = DatabaseRefusal.of(atCommit("23514",
                "ERROR: new row for relation \"person\" violates check constraint \"person_phone_format\"")).orElseThrow();
        assertThat(refusal).isEqualTo(new DatabaseRefusal(false, "phone", "refuge.database.invalid"));
        assertThat(DatabaseRefusal.of(atCommit("23514",
                "ERROR: new row for relation \"camp_structure\" violates check constraint \"camp_structure_beds_range\"")).orElseThrow().field())
                .isEqualTo("beds");
        assertThat(DatabaseRefusal.of(atCommit("23514",
                "ERROR: new row for relation \"person_document\" violates check constraint \"person_document_number_printable\"")).orElseThrow().field())
                .isEqualTo("documents.number");
    }

    @Test
    void aNullColumn_anUnknownCode_aLongValue_andABadDate_are400() {
        assertThat(DatabaseRefusal.of(atCommit("23502",
                "ERROR: null value in column \"head_name\" of relation \"household\" violates not-null constraint")).orElseThrow())
                .isEqualTo(new DatabaseRefusal(false, "headName", "refuge.database.required"));
        assertThat(DatabaseRefusal.of(atCommit("23503", "ERROR: insert or update on table \"person_citizenship\" violates foreign key "
                + "constraint \"person_citizenship_country_code_fkey\"")).orElseThrow())
                .isEqualTo(new DatabaseRefusal(false, "citizenships", "refuge.database.unknown"));
        assertThat(DatabaseRefusal.of(atCommit("22001", "ERROR: value too long for type character varying(100)")).orElseThrow())
                .isEqualTo(new DatabaseRefusal(false, null, "refuge.database.tooLong"));
        assertThat(DatabaseRefusal.of(atCommit("22008", "ERROR: date out of range")).orElseThrow().conflict()).isFalse();
    }

    @Test
    void aBusinessKeyTwice_is409AtItsField_butTwoRequestsSavingTheSameAtOnceAreLeftToConcurrentChange() {
        assertThat(DatabaseRefusal.of(atCommit("23505",
                "ERROR: duplicate key value violates unique constraint \"protection_decree_number_unique\"")).orElseThrow())
                .isEqualTo(new DatabaseRefusal(true, "number", "refuge.database.duplicate"));
        assertThat(DatabaseRefusal.of(atCommit("23505",
                "ERROR: duplicate key value violates unique constraint \"household_idempotency_key_unique\""))).isEmpty();
        assertThat(DatabaseRefusal.of(atCommit("23505",
                "ERROR: duplicate key value violates unique constraint \"camp_stay_one_bed_per_person\""))).isEmpty();
    }

    @Test
    void otherFailures_areNoRefusalOfAValue() {
        assertThat(DatabaseRefusal.of(atCommit("40001", "ERROR: could not serialize access"))).isEmpty();
        assertThat(DatabaseRefusal.of(atCommit("08006", "An I/O error occurred while sending to the backend."))).isEmpty();
        assertThat(DatabaseRefusal.of(new IllegalStateException("no SQL here"))).isEmpty();
    }
}
