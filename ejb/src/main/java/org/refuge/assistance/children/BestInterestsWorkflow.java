package org.refuge.assistance.children;

import java.time.Instant;

import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The workflow port of the best-interests assessment of an unaccompanied or separated child, implemented by the
 * {@code bpmn} module: a social worker's task due within 24 hours, escalated to the supervisors when it is overdue.
 * One process per child; the business key is the household's registry number, so the inbox says which family it is.
 */
public interface BestInterestsWorkflow {

    /**
     * Starts the child's assessment: the task is offered to the social workers of {@code site} (the camp the child is
     * placed in), or to every social worker while the child has no camp ({@code site} null), due at {@code dueAt}.
     */
    void started(PersonId child, RegistryNumber household, SiteCode site, Instant dueAt);

    /** The child's household was placed in a camp: the open assessment task moves to that camp's social workers. */
    void placed(RegistryNumber household, SiteCode camp);

    /** The assessment was recorded by {@code user}: the task is completed (escalation withdrawn). False when none was open. */
    boolean assessed(PersonId child, String user);

    /** The child an open best-interests task (or its escalation) is about; empty for any other task. */
    java.util.Optional<PersonId> childOfTask(String taskId);

    /** Whether the child's assessment task is open. */
    boolean open(PersonId child);
}
