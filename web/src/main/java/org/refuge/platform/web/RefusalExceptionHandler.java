package org.refuge.platform.web;

import java.util.Iterator;
import java.util.Optional;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;

import org.refuge.platform.refusal.Refusal;

/**
 * The one place a screen answers a service's {@link Refusal}: a refusal that escapes an action (itself, or wrapped in
 * an EJBException, an ELException or a FacesException) becomes a message in the page's language
 * ({@link RefusalMessages}), and the page renders again with what was typed, for an ajax request as for a full one.
 * A view's action therefore does not catch refusals; it says where its fields are ({@link RefusalMessages#at}) when a
 * refusal should stand next to one. Every other failure goes on to the wrapped handler (the error pages).
 * <p>
 * A refusal raised while the response is being rendered is left to the wrapped handler too: part of the page may be
 * written already.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Optional<Refusal> refusal = Refusal.in(events.next().getContext().getException());
                if (refusal.isPresent()) {
                    RefusalMessages.show(context, refusal.get());
                    events.remove();
                    context.renderResponse();
                }
            }
        }
        getWrapped().handle();
    }

    /** Registered in faces-config.xml; wraps the handler configured before it (Faces' own, or PrimeFaces' if set). */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
