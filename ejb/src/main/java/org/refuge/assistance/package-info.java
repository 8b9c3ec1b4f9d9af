/**
 * Assistance and follow-up (issue 14): what a family receives after registration and how it is identified at the
 * desks. The registration slip the registrar prints at pre-registration ({@code document}: the A6 PDF;
 * {@code application}: printing, reprinting with a reason and verifying its signed QR code; {@code domain}: the record
 * of each print). The reference data of assistance: the items handed out and the partners that supply them (kept by
 * the administrator, switched off, never deleted), the stock of each site per item and partner as a ledger of receipts
 * and reversing corrections (supervisors, and camp managers at their own sites), and the entitlement rules with their
 * history of versions ({@code Period} and {@code SizeBands} hold the rules of time and household size). The follow-up
 * of specific needs: one open case per household with a specific need, opened from registration's events
 * ({@code FollowUpOpening}), with its actions and outcome ({@code FollowUpService}) and the {@code FollowUpWorkflow}
 * port that the bpmn module's {@code needsFollowUp} process implements; needs are read through registration's view
 * {@code registration_need}, a case's site through camps' view {@code camps_household_placement}. It reads the
 * registry through registration's published {@code RegistryFacts} and {@code ReferenceDataService}, sites through the
 * platform's {@code SiteService}, and signs with protection's document key ring ({@code DocumentKeys},
 * {@code TypedPayloads}) under a type of its own; it owns the tables {@code assistance_*} and names no other context's
 * table.
 */
package org.refuge.assistance;
