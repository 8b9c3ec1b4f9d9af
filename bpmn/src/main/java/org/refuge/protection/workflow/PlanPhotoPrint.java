package org.refuge.protection.workflow;

import java.util.ArrayList;
import java.util.Date;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.flowable.common.engine.impl.runtime.Clock;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.refuge.protection.application.PhotoPrintPlanning;

/**
 * The dailyPhotoPrint process's planning step ({@code ${photoPrintPlanner}}): the day, the sites with photos of that
 * day (one photoPrint process each) and when the next print is due. Reads the engine's clock, so process tests that
 * move it see the day they moved to.
 */
@Named("photoPrintPlanner")
@Dependent
public class PlanPhotoPrint implements JavaDelegate {

    public static final String KEY = "dailyPhotoPrint";
    static final String NEXT_PRINT_AT = "nextPrintAt";

    private final PhotoPrintPlanning planning;

    @Inject
    public PlanPhotoPrint(PhotoPrintPlanning planning) {
        this.planning = planning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Clock clock = CommandContextUtil.getProcessEngineConfiguration().getClock();
        PhotoPrintPlanning.Plan plan = planning.plan(clock.getCurrentTime().toInstant());
        execution.setVariable("printDay", plan.day().toString());
        execution.setVariable("sites", new ArrayList<>(plan.sites()));
        execution.setVariable(NEXT_PRINT_AT, Date.from(plan.next()));
    }
}
