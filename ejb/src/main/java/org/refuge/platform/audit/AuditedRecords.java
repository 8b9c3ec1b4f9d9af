package org.refuge.platform.audit;

import java.util.Set;

import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;

/**
 * The ids under which a context writes the audit events of one family or one person (a member's id, a document's
 * number), so that the auditor's filter by household or by person finds every record of them, not only those the
 * trail names by registry number. Each context that audits records of a family under ids of its own answers this port;
 * the trail asks them all ({@link AuditLogService}). Runs in the caller's transaction, which states the roles.
 */
public interface AuditedRecords {

    /** This context's record ids of the household's members and of their records; empty when it keeps none. */
    Set<String> ofHousehold(RegistryNumber household);

    /** This context's record ids of the person's records (the person's id is asked for anyway); empty when none. */
    Set<String> ofPerson(PersonId person);
}
