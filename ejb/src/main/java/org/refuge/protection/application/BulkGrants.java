package org.refuge.protection.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.platform.persistence.BulkRequests;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.Roles;
import org.refuge.protection.application.BulkGrantResults.Item;
import org.refuge.protection.application.BulkGrantResults.Outcome;
import org.refuge.protection.domain.ProtectionRefusals;
import org.refuge.shared.RegistryNumber;

/**
 * Grants temporary protection under a decree to a selection of households in one action (a caseworker's worklist
 * ticked, or an API call), so that hundreds of households in the decree's scope are decided at once. Each household is
 * granted through the single grant ({@link ProtectionService#grant}), with its roles, site scope, rules and audit, in a
 * transaction of its own ({@link BulkGrantItem}): one household refused never undoes the others, and a failure half
 * way leaves those granted before it granted. The answer says per household what happened: granted (how many persons),
 * already granted (nobody left to grant: a second call, or a retry without a key), or refused with the rule and its
 * text. Sent again with the same {@code Idempotency-Key}, the first call's answer is given again and nothing more is
 * granted (while the first still runs: 409, in progress); a selection is 1 to {@value #MAX} households.
 */
@Stateless
@RolesAllowed(Roles.CASEWORKER)
public class BulkGrants {

    /** The most households one call grants: a worklist's selection, a minute's work at most. */
    public static final int MAX = 500;

    static final String OPERATION = "grant protection in bulk";

    private static final Logger LOG = Logger.getLogger(BulkGrants.class.getName());

    @Inject
    BulkGrantItem item;

    @Inject
    ProtectionSteps steps;

    @Inject
    BulkRequests requests;

    /**
     * Grants each household named (once, in the order named) under the decree, which must be in force; refused as a
     * whole only when the selection is empty, larger than {@value #MAX}, or the decree is not in force. No transaction
     * spans the households ({@link BulkRequests} keeps the key).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome grant(@NotNull UUID decreeId, List<RegistryNumber> households,
                         @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:-]*$") String idempotencyKey) {
        if (households == null || households.isEmpty() || households.size() > MAX || households.contains(null)) {
            throw Refusal.invalid("households", "refuge.protection.bulkSize", MAX);
        }
        BulkRequests.Claim claim = requests.claim(idempotencyKey, OPERATION);
        if (claim.earlier().isPresent()) {
            return BulkGrantResults.decode(claim.earlier().get());
        }
        try {
            steps.decree(decreeId);   // not in force: the whole selection is refused, not each household
            List<Item> items = new ArrayList<>();
            for (RegistryNumber number : new LinkedHashSet<>(households)) {
                items.add(one(number, decreeId));
            }
            Outcome outcome = new Outcome(items);
            requests.keep(claim, BulkGrantResults.encode(outcome), () -> { });
            return outcome;
        } catch (RuntimeException failed) {
            requests.releaseAfter(claim, failed);
            throw failed;
        }
    }

    /** One household in its own transaction; its refusal (or failure) becomes its item. */
    private Item one(RegistryNumber number, UUID decreeId) {
        try {
            return item.grant(number, decreeId);
        } catch (Refusal refusal) {
            return BulkGrantResults.refused(number.value(), refusal, rule(refusal));
        } catch (EJBException failure) {
            Optional<Refusal> refusal = Refusal.in(failure);
            if (refusal.isPresent()) {
                return BulkGrantResults.refused(number.value(), refusal.get(), rule(refusal.get()));
            }
            // the kind of failure only: no registry number nor anything else of the household in the log
            LOG.log(Level.WARNING, "bulk grant: a household failed: {0}", failure.getClass().getSimpleName());
            return BulkGrantResults.failed(number.value());
        }
    }

    /**
     * A protection refusal's rule ("securityPending", "outOfScope", ...); for the refusals of the registry and the site
     * scope, what kind of no it is ("notFound" for an unknown household, "forbidden" for another site's).
     */
    static String rule(Refusal refusal) {
        String rule = ProtectionRefusals.rule(refusal);
        if (rule != null) {
            return rule;
        }
        return switch (refusal.kind()) {
            case NOT_FOUND -> "notFound";
            case FORBIDDEN -> "forbidden";
            case INVALID -> "invalid";
            default -> "conflict";
        };
    }
}
