/**
 * Assistance and follow-up (issue 14): what a family receives after registration and how it is identified at the
 * desks. Its first part is the registration slip the registrar prints at pre-registration ({@code document}: the A6
 * PDF; {@code application}: printing, reprinting with a reason and verifying its signed QR code; {@code domain}: the
 * record of each print). It reads the registry through registration's published {@code RegistryFacts} and signs with
 * protection's document key ring ({@code DocumentKeys}, {@code TypedPayloads}) under a type of its own; it owns the
 * tables {@code assistance_*} and names no other context's table.
 */
package org.refuge.assistance;
