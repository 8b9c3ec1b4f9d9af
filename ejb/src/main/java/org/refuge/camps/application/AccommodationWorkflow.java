package org.refuge.camps.application;

import java.time.Instant;
import java.util.Collection;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;

/**
 * The workflow port of camps, implemented by the {@code bpmn} module: where a screened household stands on its way
 * to a bed (awaiting allocation, allocated to a camp, released to a private address, transferred, checked in), told
 * and asked in accommodation's words. No process or task id of the engine crosses this port; every step is taken in
 * the caller's transaction. The caller checks roles and scope.
 */
public interface AccommodationWorkflow {

    /** The most registry numbers {@link #awaitingAllocation(Collection, PageRequest)} takes. */
    int MAX_NUMBERS = 100;

    /** A household awaiting allocation: since when, and its rank in the queue (higher first). */
    record Awaiting(String registryNumber, Instant since, int rank) {
    }

    /**
     * One page of the households awaiting allocation at every site, ordered by the engine's database: higher rank
     * first, then the longest waiting, with the exact total.
     *
     * @param registryNumberPart only those whose registry number contains this, ignoring case; null for all
     */
    Page<Awaiting> awaitingAllocation(String registryNumberPart, PageRequest request);

    /** The same page for these registry numbers only (at most {@value #MAX_NUMBERS}). */
    Page<Awaiting> awaitingAllocation(Collection<String> registryNumbers, PageRequest request);

    /** Whether the household with this registry number awaits allocation now. */
    boolean awaitsAllocation(String registryNumber);

    /** Ranks a household in the allocation queue, if it awaits allocation. */
    void rank(String registryNumber, int rank);

    /** The household was given beds in a camp: it awaits its transfer there. */
    void allocated(String registryNumber, String campCode);

    /** The household found a private address: it leaves the camp path. */
    void releasedToPrivateAddress(String registryNumber);

    /** The household's transport arrived at its camp: it awaits check-in. */
    void transferred(String registryNumber);

    /**
     * Nobody of the household is awaited at its camp any more (all checked in or declared no-shows): its arrival ends,
     * whether it was still awaiting transfer or check-in.
     */
    void checkedIn(String registryNumber);
}
