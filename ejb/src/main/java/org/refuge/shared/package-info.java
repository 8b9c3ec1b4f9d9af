/**
 * The shared kernel: the identifiers every context speaks of (a family's registry number, a site, a camp, a person, an
 * identity document). Each validates and normalises once, at the edge where it is typed or read, so that a service
 * signature says what it takes and no service normalises text by hand. Plain Java: it depends on nothing else in
 * Refuge, and every context may depend on it.
 */
package org.refuge.shared;
