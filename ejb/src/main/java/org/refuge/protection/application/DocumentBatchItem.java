package org.refuge.protection.application;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.security.Roles;
import org.refuge.protection.application.DocumentService.DocumentView;
import org.refuge.shared.RegistryNumber;

/**
 * One household of a batch of cards ({@link DocumentBatches}) in a transaction of its own: what it produces is
 * committed whatever the next household does, and its refusal rolls back its own work only. It is the single
 * production ({@link DocumentService#produce}), with the same role, site scope and household turn.
 */
@Stateless
@RolesAllowed(Roles.POLICE)
public class DocumentBatchItem {

    @Inject
    DocumentService documents;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<DocumentView> produce(@NotNull RegistryNumber registryNumber) {
        return documents.produce(registryNumber);
    }
}
