package org.refuge.assistance.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.assistance.children.ChildProtectionService;
import org.refuge.assistance.children.ChildViews.Child;
import org.refuge.platform.web.PagedList;

/** The unaccompanied and separated children a social worker follows, open best-interests assessments first (paged). */
@Named
@ViewScoped
public class ChildrenView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChildProtectionService children;

    private boolean openOnly;
    private final PagedList<Child> list = new PagedList<>(request -> children.children(openOnly, request),
            child -> child.personId() + child.needCode());

    public PagedList<Child> getList() {
        return list;
    }

    public boolean isOpenOnly() { return openOnly; }
    public void setOpenOnly(boolean openOnly) { this.openOnly = openOnly; }
}
