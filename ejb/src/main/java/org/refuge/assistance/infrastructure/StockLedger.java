package org.refuge.assistance.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.refuge.assistance.domain.StockEntry;
import org.refuge.assistance.domain.StockEntryKind;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.persistence.SqlValues;

/**
 * The stock ledger of the sites; runs in the caller's transaction. Every read names the site asked for and the sites
 * the caller may see ({@link Scope}), so a query can never return another site's rows whatever its caller checked.
 */
@ApplicationScoped
public class StockLedger {

    @PersistenceContext
    EntityManager em;

    /** The sites a caller may see: all of them, or these codes. */
    public record Scope(boolean all, Collection<String> sites) {
        String codes() {
            return String.join(",", sites);
        }
    }

    /** A site's holding of one item from one partner: received (net of corrections), handed out (net of voids), left. */
    public record Balance(String itemCode, String partnerCode, BigDecimal received, BigDecimal distributed, BigDecimal balance) {
    }

    /** A ledger row as read, with the correction that reversed it, if any. */
    public record Row(UUID id, StockEntryKind kind, String itemCode, String partnerCode, BigDecimal quantity, LocalDate receivedOn,
                      Instant recordedAt, String recordedBy, String note, UUID corrects, UUID correctedBy) {
    }

    /** A site's holding of one item from one partner: the key of a balance, in the order balances are locked. */
    public record Key(String site, String item, String partner) implements Comparable<Key> {
        private static final java.util.Comparator<Key> ORDER = java.util.Comparator.comparing(Key::site).thenComparing(Key::item)
                .thenComparing(Key::partner);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    private static final String SCOPED = " e.site_code = :site AND (:all OR e.site_code = ANY (string_to_array(:mine, ','))) ";

    public List<Balance> balances(String site, Scope scope) {
        // a correction counts with what it corrects: a reversed receipt was not received, a returned distribution not handed out
        List<Tuple> rows = scoped(em.createNativeQuery("SELECT e.item_code, e.partner_code,"
                + " coalesce(sum(e.quantity) FILTER (WHERE coalesce(o.kind, e.kind) <> 'DISTRIBUTION'), 0) AS received,"
                + " coalesce(-sum(e.quantity) FILTER (WHERE coalesce(o.kind, e.kind) = 'DISTRIBUTION'), 0) AS distributed,"
                + " sum(e.quantity) AS balance FROM assistance_stock_entry e"
                + " LEFT JOIN assistance_stock_entry o ON o.id = e.corrects WHERE" + SCOPED
                + "GROUP BY e.item_code, e.partner_code ORDER BY e.item_code, e.partner_code", Tuple.class), site, scope).getResultList();
        return rows.stream().map(r -> new Balance(r.get(0, String.class), r.get(1, String.class), decimal(r.get(2)), decimal(r.get(3)),
                decimal(r.get(4)))).toList();
    }

    /** One page of a site's ledger, newest first, with the exact count. */
    public Page<Row> entries(String site, Scope scope, PageRequest request) {
        long total = SqlValues.count(scoped(em.createNativeQuery("SELECT count(*) FROM assistance_stock_entry e WHERE" + SCOPED), site, scope)
                .getSingleResult());
        List<Tuple> rows = scoped(em.createNativeQuery("SELECT e.id, e.kind, e.item_code, e.partner_code, e.quantity, e.received_on,"
                + " e.recorded_at, e.recorded_by, e.note, e.corrects, c.id AS corrected_by FROM assistance_stock_entry e"
                + " LEFT JOIN assistance_stock_entry c ON c.corrects = e.id WHERE" + SCOPED
                + "ORDER BY e.recorded_at DESC, e.id OFFSET :first LIMIT :size", Tuple.class), site, scope)
                .setParameter("first", request.first()).setParameter("size", request.size()).getResultList();
        return Page.of(rows.stream().map(StockLedger::row).toList(), total, request);
    }

    /**
     * What the sites hold of these goods in kind ({@code assistance_stock_balance}, kept equal to the ledger by its
     * trigger, V62), each row locked until the transaction ends, in key order; a key without a row holds nothing.
     * <p>
     * Why a row lock on a balance row, not an advisory lock and a sum over the ledger: the row is the one place every
     * writer of the ledger changes (the trigger adds each entry to it), so a receipt, a void's return and a desk all
     * queue on it with no key to agree on, and the figure read under the lock is one row, not a sum over every
     * collection the site ever recorded. A second desk taking the last units waits here until the first commits and
     * then reads what the first left. Deadlock-free by order: a desk writes its collections first and locks balances
     * after, always in key order, and holds no balance while it waits for anything else.
     */
    public java.util.Map<Key, BigDecimal> lockedBalances(Collection<Key> keys) {
        java.util.Map<Key, BigDecimal> held = new java.util.HashMap<>();
        if (keys.isEmpty()) {
            return held;
        }
        List<Key> ordered = keys.stream().sorted().distinct().toList();
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ordered.size(); i++) {
            in.append(i == 0 ? "" : ", ").append("(:s").append(i).append(", :i").append(i).append(", :p").append(i).append(')');
        }
        Query query = em.createNativeQuery("SELECT site_code, item_code, partner_code, quantity FROM assistance_stock_balance"
                + " WHERE (site_code, item_code, partner_code) IN (" + in + ") ORDER BY site_code, item_code, partner_code FOR UPDATE",
                Tuple.class);
        for (int i = 0; i < ordered.size(); i++) {
            query.setParameter("s" + i, ordered.get(i).site()).setParameter("i" + i, ordered.get(i).item())
                    .setParameter("p" + i, ordered.get(i).partner());
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        rows.forEach(r -> held.put(new Key(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class)), decimal(r.get(3))));
        return held;
    }

    /** The entry of this site, locked until the transaction ends (a receipt is corrected by one person at a time). */
    public Optional<StockEntry> lockedEntry(String site, UUID id) {
        return Optional.ofNullable(em.find(StockEntry.class, id, LockModeType.PESSIMISTIC_WRITE)).filter(e -> e.siteCode().equals(site));
    }

    /** The distribution row of a collection, if it has one. */
    public Optional<StockEntry> distributionOf(UUID collectionId) {
        return em.createQuery("select e from StockEntry e where e.collectionId = :c", StockEntry.class).setParameter("c", collectionId)
                .getResultStream().findFirst();
    }

    public boolean corrected(UUID receipt) {
        return !em.createQuery("select e.id from StockEntry e where e.corrects = :id", UUID.class).setParameter("id", receipt)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public void add(StockEntry entry) {
        em.persist(entry);
        em.flush();
    }

    private static Query scoped(Query query, String site, Scope scope) {
        return query.setParameter("site", site).setParameter("all", scope.all()).setParameter("mine", scope.codes());
    }

    private static Row row(Tuple r) {
        return new Row((UUID) r.get(0), StockEntryKind.valueOf(r.get(1, String.class)), r.get(2, String.class), r.get(3, String.class),
                decimal(r.get(4)), SqlValues.date(r.get(5)), SqlValues.instant(r.get(6)), r.get(7, String.class), r.get(8, String.class),
                (UUID) r.get(9), (UUID) r.get(10));
    }

    /** A numeric column without its trailing zeros (12, 2.5, not 12.000), zero for none. */
    public static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal plain = new BigDecimal(value.toString()).stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
