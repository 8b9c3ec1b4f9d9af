package org.refuge.assistance.domain;

/**
 * The kinds of rows of the stock ledger: goods received, the reversal of a receipt recorded wrongly, and goods handed
 * out (written by the collections, one row per collection).
 */
public enum StockEntryKind {
    RECEIPT, CORRECTION, DISTRIBUTION
}
