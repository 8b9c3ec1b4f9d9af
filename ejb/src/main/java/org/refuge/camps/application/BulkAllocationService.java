package org.refuge.camps.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.logging.Logger;
import org.refuge.camps.domain.CampRefusals;
import org.refuge.camps.domain.TentProposal;
import org.refuge.camps.infrastructure.BulkAllocationAnswers;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.persistence.BulkRequests;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.site.Site;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;

/**
 * Allocation of a selection of screened households at once (issue 15, item 3): to one chosen camp, or each to the camp
 * and tents Refuge proposes among the caller's open camps. Each household goes through the single allocation
 * ({@link AllocationService#allocate}: same roles, site scope, rules, locks, audit, and the arrival process's step) in
 * a transaction of its own ({@link BulkAllocationStep}), one after the other: a refusal undoes that household only,
 * and each proposal counts the beds given to the households before it. The answer says, household by household,
 * allocated (camp and tents), already allocated (where its members hold beds) or refused (the rule and its text).
 * <p>
 * Under an {@code Idempotency-Key}, a retry (sent while the first still runs, or after) answers the first request's
 * answer and allocates nothing more; the key is the platform's ({@link BulkRequests}: a key reused for another request
 * is refused, a retry while the first still runs too), the answer is kept by household ({@link BulkAllocationAnswers}).
 * No transaction spans the households: the key is claimed before the first, the answer kept after the last, and the
 * households' transactions commit as they go.
 */
@Stateless
@RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
public class BulkAllocationService {

    /** The most households one request takes. */
    public static final int MAX_HOUSEHOLDS = 500;

    /** The rules of a refusal for which Refuge tries the household in its next camp (another allocation took the room). */
    private static final Set<String> ROOM = Set.of("full", "campFull", "noRoom", "isolationNoEmptyTent", "unaccompaniedChildNoEmptyTent",
            "campNotOpen");

    /** The rule of a refusal that names none (a household unknown, a camp of another site), by its kind. */
    private static final java.util.Map<Refusal.Kind, String> KINDS = java.util.Map.of(Refusal.Kind.INVALID, "invalid",
            Refusal.Kind.NOT_FOUND, "notFound", Refusal.Kind.CONFLICT, "conflict", Refusal.Kind.FORBIDDEN, "forbidden",
            Refusal.Kind.TOO_LARGE, "tooLarge", Refusal.Kind.UNPROCESSABLE, "unprocessable");

    private static final String OPERATION = "allocate in bulk";
    private static final Logger LOG = Logger.getLogger(BulkAllocationService.class);

    /** What became of one household. */
    public enum Outcome { ALLOCATED, ALREADY_ALLOCATED, REFUSED }

    /**
     * One household's answer: its camp and tents when allocated or already allocated; the rule's short name, the
     * message key and its arguments when refused (the caller words it in its user's language).
     */
    public record Item(String registryNumber, Outcome outcome, String campCode, List<TentProposal.Share> tents, String rule,
                       String messageKey, List<String> arguments) {
    }

    /** The answer: one item per household asked for (duplicates once), in the order asked, with the totals. */
    public record Result(List<Item> items, int allocated, int alreadyAllocated, int refused) {
        static Result of(List<Item> items) {
            return new Result(List.copyOf(items), count(items, Outcome.ALLOCATED), count(items, Outcome.ALREADY_ALLOCATED),
                    count(items, Outcome.REFUSED));
        }

        private static int count(List<Item> items, Outcome outcome) {
            return (int) items.stream().filter(i -> i.outcome() == outcome).count();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    BulkAllocationStep step;

    @Inject
    CurrentUser currentUser;

    @Inject
    BulkRequests requests;

    @Inject
    BulkAllocationAnswers answers;

    @Inject
    AuditTrail audit;

    /**
     * Allocates each household: to {@code camp} when it is given (one of the caller's open camps, else 403, 404 or 409
     * "campNotOpen" for the whole request, before any household), else to Refuge's proposal among {@code amongCamps}
     * (each one of the caller's, else 403), or among all the caller's open camps when none are named (409
     * "noOpenCamp" when there is none). A camp and a list of camps together are refused ("campOrCamps").
     */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result allocate(@NotNull @Size(min = 1, max = MAX_HOUSEHOLDS, message = "{refuge.accommodation.bulk.size}") List<@NotNull RegistryNumber> numbers,
                           CampCode camp, List<@NotNull CampCode> amongCamps,
                           @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:-]*$") String idempotencyKey) {
        List<CampCode> among = amongCamps == null ? List.of() : amongCamps.stream().distinct().toList();
        if (camp != null && !among.isEmpty()) {
            throw Refusal.invalid("camps", "refuge.accommodation.bulk.campOrCamps");
        }
        if (camp != null) {
            currentUser.requireSite(camp);
            requireOpen(camp);
        }
        among.forEach(currentUser::requireSite);
        BulkRequests.Claim claim = requests.claim(idempotencyKey, OPERATION);
        if (claim.earlier().isPresent()) {
            return Result.of(answers.read(currentUser.username(), idempotencyKey).stream().map(BulkAllocationService::item).toList());
        }
        try {
            List<CampCode> candidates = camp != null ? List.of() : openCamps(among);
            if (camp == null && candidates.isEmpty()) {
                throw CampRefusals.accommodation("noOpenCamp");
            }
            List<Item> items = new ArrayList<>();
            for (RegistryNumber number : numbers.stream().distinct().toList()) {
                items.add(one(number, camp, candidates));
            }
            Result result = Result.of(items);
            String username = currentUser.username();
            requests.keep(claim, result.allocated() + " allocated, " + result.refused() + " refused", () -> {
                if (idempotencyKey != null && !idempotencyKey.isBlank()) {
                    answers.keep(username, idempotencyKey, items.stream().map(BulkAllocationService::row).toList());
                }
                audit.record(AuditAction.CREATE, "BulkAllocation", camp == null ? "proposals" : camp.value(), items.size() + " households: "
                        + result.allocated() + " allocated, " + result.alreadyAllocated() + " already allocated, " + result.refused() + " refused");
            });
            return result;
        } catch (RuntimeException failed) {
            requests.releaseAfter(claim, failed);
            throw failed;
        }
    }

    /**
     * One household in its own transaction; with Refuge's proposals, a camp that another allocation filled meanwhile
     * is left for the next one that fits. A failure that is no refusal (a lock that timed out) is answered for that
     * household alone ("failed": send it again).
     */
    private Item one(RegistryNumber number, CampCode camp, List<CampCode> candidates) {
        List<CampCode> left = new ArrayList<>(candidates);
        while (true) {
            try {
                return step.allocate(number, camp, left);
            } catch (Refusal refused) {
                Object tried = refused.details().get(BulkAllocationStep.TRIED_CAMP);
                if (camp == null && tried != null && ROOM.contains(CampRefusals.rule(refused))
                        && left.remove(new CampCode(tried.toString())) && !left.isEmpty()) {
                    continue;
                }
                return refusedItem(number, refused);
            } catch (EJBException failed) {
                var refusal = Refusal.in(failed);
                if (refusal.isPresent()) {
                    return refusedItem(number, refusal.get());
                }
                LOG.warnf("A household of a bulk allocation failed: %s", failed.getClass().getName());
                return new Item(number.value(), Outcome.REFUSED, null, List.of(), "failed", "refuge.accommodation.bulk.failed", List.of());
            }
        }
    }

    private static Item refusedItem(RegistryNumber number, Refusal refused) {
        String rule = CampRefusals.rule(refused);
        return new Item(number.value(), Outcome.REFUSED, null, List.of(), rule != null ? rule : KINDS.get(refused.kind()),
                refused.messageKey(), Arrays.stream(refused.arguments()).map(String::valueOf).toList());
    }

    /** The caller's open camps (all for those who see every site), or those of {@code among} that are open, in code order. */
    private List<CampCode> openCamps(List<CampCode> among) {
        @SuppressWarnings("unchecked")
        List<String> open = em.createNativeQuery("SELECT site_code FROM camp WHERE status = 'OPEN' ORDER BY site_code").getResultList();
        return open.stream().map(CampCode::new)
                .filter(c -> among.isEmpty() ? currentUser.seesAllSites() || currentUser.sites().contains(c.value()) : among.contains(c))
                .toList();
    }

    private void requireOpen(CampCode camp) {
        @SuppressWarnings("unchecked")
        List<String> status = em.createNativeQuery("SELECT status FROM camp WHERE site_code = :c").setParameter("c", camp.value()).getResultList();
        if (status.isEmpty()) {
            throw Site.unknown();
        }
        if (!"OPEN".equals(status.get(0))) {
            throw CampRefusals.accommodation("campNotOpen");
        }
    }

    private static BulkAllocationAnswers.Row row(Item item) {
        return new BulkAllocationAnswers.Row(item.registryNumber(), item.outcome().name(), item.campCode(), item.tents(), item.rule(),
                item.messageKey(), item.arguments());
    }

    private static Item item(BulkAllocationAnswers.Row row) {
        return new Item(row.registryNumber(), Outcome.valueOf(row.outcome()), row.campCode(), row.tents(), row.rule(), row.messageKey(),
                row.arguments());
    }
}
