package org.refuge.platform.web;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.refuge.platform.refusal.Refusal;

/**
 * Runs a change made on a page and shows what refused it where the user looks: Bean Validation next to each field
 * (what was typed stays), a change someone else made at the same moment, and the context's own refusals (each
 * context's subclass may word some of them its own way, {@link Changes} words none). A refused change fails the
 * request's validation, so a dialog stays open.
 */
public abstract class PageChanges {

    @Inject
    protected Messages messages;

    @Inject
    FormErrors formErrors;

    /**
     * @param fields       the form's client id of each validated field (by the service's parameter or property name)
     * @param refusalField the client id a refusal is shown at, or null for the page's messages
     * @return whether the change was made
     */
    public boolean run(Runnable change, Map<String, String> fields, String refusalField) {
        return call(() -> {
            change.run();
            return Boolean.TRUE;
        }, fields, refusalField).isPresent();
    }

    /** Like {@link #run}, for a change that answers: its answer, or empty when it was refused. */
    public <T> Optional<T> call(Supplier<T> change, Map<String, String> fields, String refusalField) {
        try {
            return Optional.of(change.get());
        } catch (EJBException e) {
            if (ConcurrentChange.is(e)) {
                messages.refusal(refusalField, ConcurrentChange.MESSAGE_KEY);
            } else if (!refusedWrapped(e, refusalField)) {
                if (formErrors.show(e, fields)) {
                    return Optional.empty();   // shown next to the fields, the validation failed
                }
                throw e;
            }
        } catch (RuntimeException e) {
            if (!refused(e, fields, refusalField)) {
                Refusal refusal = Refusal.in(e).orElseThrow(() -> e);
                RefusalMessages.show(FacesContext.getCurrentInstance(), refusal,
                        refusal.field() == null ? refusalField : fields.getOrDefault(refusal.field(), refusalField));
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return Optional.empty();
    }

    /**
     * Shows a failure the context words in its own way and answers true, or answers false: a {@link Refusal} is then
     * shown at its field (or at {@code refusalField}) in the service's words, and anything else goes on up. None by
     * default.
     */
    protected boolean refused(RuntimeException failure, Map<String, String> fields, String refusalField) {
        return false;
    }

    /**
     * A refusal that reaches the page wrapped in an EJBException (a role denied, an exception of the container): shown
     * and true, or false. None by default.
     */
    protected boolean refusedWrapped(EJBException failure, String refusalField) {
        return false;
    }
}
