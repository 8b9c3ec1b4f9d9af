package org.refuge.camps.application;

import java.util.Set;

import org.refuge.camps.domain.Checklist;
import org.refuge.shared.CampCode;

/**
 * The workflow port of camp set-up, implemented by the {@code bpmn} module: land allocated for a camp starts its
 * set-up process, whose tasks (the action plan's camp measures) are completed as the camp's checklist shows them done,
 * and opening the camp ends it. All in the caller's transaction.
 */
public interface CampSetUpWorkflow {

    /** A camp was planned on its land: its set-up process starts with a task per measure. */
    void campPlanned(CampCode camp);

    /** The measures now done complete their tasks; a camp without a set-up process is left alone. */
    void measuresDone(CampCode camp, Set<Checklist.Measure> done);

    /** The camp opened: the set-up process ends. */
    void campOpened(CampCode camp);

    /** The camp closed: a set-up still running ends without its tasks. */
    void campClosed(CampCode camp);
}
