package org.refuge.registration.application;

import org.refuge.shared.PersonId;

/**
 * Fired in the moving transaction when a registered person joins another household: an earlier registration linked
 * at the desk, or a duplicate resolved (the earlier record joins the later one's household). Other contexts that
 * keep something of the person by household (protection's document process) follow them; observers that write should
 * wait for the move to commit.
 */
public record PersonMovedHousehold(PersonId person, String fromRegistryNumber, String toRegistryNumber) {
}
