package org.refuge.camps.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;

/**
 * The workflow port of camps, implemented by the {@code bpmn} module: where a screened household stands on its way
 * to a bed (awaiting allocation, allocated to a camp, released to a private address, transferred, checked in), told
 * and asked in accommodation's words. No process or task id of the engine crosses this port; every step is taken in
 * the caller's transaction. The caller checks roles and scope.
 */
public interface AccommodationWorkflow {

    /** The most registry numbers {@link #awaitingAllocation(Collection, PageRequest)} takes. */
    int MAX_NUMBERS = 100;

    /**
     * A household awaiting allocation: since when, and its rank in the queue (higher first). The registry number is the
     * process's key as the engine holds it (text; null for a process without a household).
     */
    record Awaiting(String registryNumber, Instant since, int rank) {

        /** The household awaiting, unless the process has none (or a key that is not a registry number). */
        public Optional<RegistryNumber> household() {
            return householdOf(registryNumber);
        }
    }

    /**
     * The household an arrival process's key names: empty for a process without one, or with a key that is not a
     * registry number (the engine's key is text), so that such a process is left as it is rather than failing a step.
     */
    static Optional<RegistryNumber> householdOf(String processKey) {
        try {
            return processKey == null ? Optional.empty() : Optional.of(new RegistryNumber(processKey));
        } catch (IllegalArgumentException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * One page of the households awaiting allocation at every site, ordered by the engine's database: higher rank
     * first, then the longest waiting, with the exact total.
     *
     * @param registryNumberPart only those whose registry number contains this, ignoring case; null for all
     */
    Page<Awaiting> awaitingAllocation(String registryNumberPart, PageRequest request);

    /** The same page for these registry numbers only (at most {@value #MAX_NUMBERS}). */
    Page<Awaiting> awaitingAllocation(Collection<RegistryNumber> registryNumbers, PageRequest request);

    /** Whether the household with this registry number awaits allocation now. */
    boolean awaitsAllocation(RegistryNumber household);

    /** Ranks a household in the allocation queue, if it awaits allocation. */
    void rank(RegistryNumber household, int rank);

    /** The household was given beds in a camp: it awaits its transfer there. */
    void allocated(RegistryNumber household, CampCode camp);

    /** The household found a private address: it leaves the camp path. */
    void releasedToPrivateAddress(RegistryNumber household);

    /** The household's transport arrived at its camp: it awaits check-in. */
    void transferred(RegistryNumber household);

    /**
     * Nobody of the household is awaited at its camp any more (all checked in or declared no-shows): its arrival ends,
     * whether it was still awaiting transfer or check-in.
     */
    void checkedIn(RegistryNumber household);
}
