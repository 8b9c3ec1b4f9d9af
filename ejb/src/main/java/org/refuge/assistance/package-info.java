/**
 * Assistance and follow-up (issue 14): what a family receives after registration and how it is identified at the desks.
 * The registration slip the registrar prints at pre-registration ({@code document}: the A6 PDF; {@code application}:
 * printing, reprinting with a reason and verifying its signed QR code; {@code domain}: the record of each print). The
 * reference data of assistance: the items handed out and the partners that supply them (kept by the administrator,
 * switched off, never deleted), the stock of each site per item and partner as a ledger of receipts and reversing
 * corrections (supervisors, and camp managers at their own sites), and the entitlement rules with their history of
 * versions ({@code Period} and {@code SizeBands} hold the rules of time and household size). Distribution rounds at a
 * site ({@code DistributionRound}: each rule's version and period on the round's day) and their lists computed from the
 * registry's published views ({@code DistributionLists}); collections at the desks ({@code AidCollection}), once per
 * entitlement, beneficiary and period by a unique index, each with its DISTRIBUTION row in the stock ledger, voided
 * with a reason, never deleted. The follow-up of specific needs: one open case per household with a specific need,
 * opened from registration's events ({@code FollowUpOpening}), with its actions and outcome ({@code FollowUpService})
 * and the {@code FollowUpWorkflow} port that the bpmn module's {@code needsFollowUp} process implements. It reads the
 * registry through registration's published {@code RegistryFacts}, {@code HouseholdScope} and
 * {@code ReferenceDataService}, its views {@code registration_report_household}, {@code registry_member},
 * {@code registration_report_need}, {@code registration_need} and camps' {@code camps_report_household} and
 * {@code camps_household_placement}, sites through the platform's {@code SiteService}, and signs with protection's
 * document key ring ({@code DocumentKeys}, {@code TypedPayloads}) under a type of its own; it owns the tables
 * {@code assistance_*} and names no other context's table.
 */
package org.refuge.assistance;
