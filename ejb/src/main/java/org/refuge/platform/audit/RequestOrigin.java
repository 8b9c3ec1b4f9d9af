package org.refuge.platform.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The network address a request came from, filled in by the web layer's request filter and read by the
 * audit trail. Empty for work that no request started (timers, the process engine's jobs).
 */
@RequestScoped
public class RequestOrigin {

    private String clientAddress;

    public String clientAddress() {
        return clientAddress;
    }

    public void clientAddress(String address) {
        this.clientAddress = address;
    }
}
