package org.refuge.protection.workflow;

import java.util.Date;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.refuge.protection.application.BreachLog;

/** The identityDocuments process's breach step ({@code ${breachRecorder}}): records it in the process's transaction. */
public class RecordBreach implements JavaDelegate {

    private final BreachLog log;

    public RecordBreach(BreachLog log) {
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        log.breached(execution.getProcessInstanceBusinessKey(),
                ((Date) execution.getVariable(IdentityDocumentsProcess.BREACH_AT)).toInstant());
    }
}
