package org.refuge.protection.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.emergency.application.DecreeRecords;

/** Protection's answer to the action plan: a decree recorded for an influx event. Its caller states the roles. */
@ApplicationScoped
public class ProtectionDecreeRecords implements DecreeRecords {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean recordedFor(UUID influxEventId) {
        return em.createQuery("select count(d) from Decree d where d.influxEventId = :e", Long.class)
                .setParameter("e", influxEventId).getSingleResult() > 0;
    }
}
