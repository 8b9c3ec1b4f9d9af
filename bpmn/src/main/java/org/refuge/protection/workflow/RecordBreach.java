package org.refuge.protection.workflow;

import java.util.Date;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.refuge.protection.application.BreachLog;
import org.refuge.shared.RegistryNumber;

/** The identityDocuments process's breach step ({@code ${breachRecorder}}): records it in the process's transaction. */
@Named("breachRecorder")
@Dependent
public class RecordBreach implements JavaDelegate {

    private final BreachLog log;

    @Inject
    public RecordBreach(BreachLog log) {
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the process's business key is the household's registry number
        log.breached(new RegistryNumber(execution.getProcessInstanceBusinessKey()),
                ((Date) execution.getVariable(IdentityDocumentsProcess.BREACH_AT)).toInstant());
    }
}
