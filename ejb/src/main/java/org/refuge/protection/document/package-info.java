/**
 * Identity documents of temporary protection as printed matter: the signed QR payload ({@link
 * org.refuge.protection.document.DocumentSigner}, {@link org.refuge.protection.document.DocumentVerifier}), the ID-1
 * card ({@link org.refuge.protection.document.IdCardPdf}) and the end-of-day photo sheets of a crossing point
 * ({@link org.refuge.protection.document.PhotoSheetPdf}). Plain Java over PDFBox, ZXing and ICU: it takes the data as
 * {@link org.refuge.protection.document.CardData} and knows no entity, service or other context.
 * {@code DocumentVerifier} uses the JDK alone, so it also runs as a standalone checker.
 */
package org.refuge.protection.document;
