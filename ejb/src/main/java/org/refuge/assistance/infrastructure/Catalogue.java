package org.refuge.assistance.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.assistance.domain.AssistanceItem;
import org.refuge.assistance.domain.Partner;

/** The items and partners; runs in the caller's transaction. */
@ApplicationScoped
public class Catalogue {

    @PersistenceContext
    EntityManager em;

    public List<AssistanceItem> items() {
        return em.createQuery("select i from AssistanceItem i order by i.active desc, i.category, i.code", AssistanceItem.class)
                .getResultList();
    }

    public List<Partner> partners() {
        return em.createQuery("select p from Partner p order by p.active desc, p.kind, p.code", Partner.class).getResultList();
    }

    public Optional<AssistanceItem> item(String code) {
        return Optional.ofNullable(em.find(AssistanceItem.class, code));
    }

    public Optional<Partner> partner(String code) {
        return Optional.ofNullable(em.find(Partner.class, code));
    }

    public void add(AssistanceItem item) {
        em.persist(item);
    }

    public void add(Partner partner) {
        em.persist(partner);
    }
}
