/*
 * Behaviour of the screens that the Content Security Policy forbids inline (PrimeFaces turns its own components'
 * handlers into listeners; plain markup has none): a tent of the camp board opens its dialog on a click or Enter.
 */
(function () {
    function openTent(event) {
        var tent = event.target.closest ? event.target.closest('[data-tent-id]') : null;
        if (tent && typeof window.showTent === 'function') {
            window.showTent([{name: 'tent', value: tent.getAttribute('data-tent-id')}]);
        }
    }
    document.addEventListener('click', openTent);
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') {
            openTent(event);
        }
    });
})();

/*
 * Enter on a focused link in a table follows the link, as everywhere else. PrimeFaces' cell navigation (on by default
 * in tables without selection) answers Enter in a cell by a jQuery click on the cell's first link and cancels the key;
 * a jQuery click never follows a link, so "Open form" in the inbox did nothing. The key is kept from the cell's handler
 * (capture phase), and the browser follows the link. Links that run script instead (href "#") keep PrimeFaces' way.
 */
(function () {
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter' || event.defaultPrevented || !event.target.closest) {
            return;
        }
        var link = event.target.closest('.ui-datatable a[href]');
        if (link && link === event.target && link.getAttribute('href').charAt(0) !== '#') {
            event.stopPropagation();
        }
    }, true);
})();

/*
 * An ajax click after the session ended: the sign-in sends the request to Keycloak (another origin), so the browser
 * answers PrimeFaces with status 0, or the server with 401/403 or a page that is no partial response. The page is
 * loaded again, which leads to the sign-in (or straight back when Keycloak still knows the user), and then says that
 * the last action was not done: #session-expired, its text from the page's bundle.
 */
(function () {
    var FLAG = 'refuge.sessionExpired';

    function ended(xhr, errorThrown) {
        if (!xhr || errorThrown === 'abort' || xhr.statusText === 'abort') {
            return false;   // PrimeFaces or the user cancelled it: nothing to do
        }
        if (xhr.status === 0) {
            return navigator.onLine !== false;
        }
        if (xhr.status === 401 || xhr.status === 403) {
            return true;
        }
        var type = xhr.getResponseHeader ? xhr.getResponseHeader('Content-Type') || '' : '';
        return xhr.status === 200 && type.indexOf('xml') < 0;   // a sign-in page instead of a partial response
    }

    function reload() {
        try {
            window.sessionStorage.setItem(FLAG, '1');
        } catch (e) {
            // storage refused: the page is loaded again all the same
        }
        window.location.reload();
    }

    function showNotice() {
        var flagged = false;
        try {
            flagged = window.sessionStorage.getItem(FLAG) === '1';
            window.sessionStorage.removeItem(FLAG);
        } catch (e) {
            flagged = false;
        }
        var notice = document.getElementById('session-expired');
        if (flagged && notice) {
            notice.hidden = false;
        }
    }

    function listen() {
        showNotice();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxError', function (event, xhr, settings, errorThrown) {
                if (ended(xhr, errorThrown)) {
                    reload();
                }
            });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', listen);
    } else {
        listen();
    }
})();

/*
 * Accessibility repairs of PrimeFaces widgets whose markup the pages cannot reach (WCAG 2.2 AA, as axe-core checks it
 * in AccessibilityBrowserIT). Each repair is an attribute on markup PrimeFaces drew, made again whenever PrimeFaces
 * draws (page load, AJAX updates, panels drawn on first opening):
 * - select menus with checkboxes: the list is role=listbox but its items are <li> (list items) holding role=option
 *   inputs, so neither the listbox nor the options have the parent or children ARIA requires (aria-required-children,
 *   aria-required-parent, listitem): the <li> become role=none. The filter's aria-controls names "_table", an element
 *   that does not exist (aria-valid-attr-value): it names the list. The scrolled list gets a Tab stop and the menu's
 *   label, so that the keyboard can scroll it (scrollable-region-focusable).
 * - toggleable panels: the title bar is role=button and holds the toggle link, a control in a control
 *   (nested-interactive), and the link has no name (link-name): the link becomes the button, named by the panel's
 *   title, with the title bar's aria-expanded and aria-controls; the title bar keeps its mouse click.
 * - the pickers (autocomplete with several choices): PrimeFaces draws the chosen items as role=option and the typing
 *   field's <li> in a role=listbox without a name, so the listbox holds a combobox and nothing holds the options as
 *   ARIA wants (aria-input-field-name, aria-required-children, aria-required-parent): the container becomes what it
 *   is, a plain list named by the picker's label whose items are the chosen values and the field (with its own
 *   combobox role and label). Its list of suggestions scrolls without a Tab stop (scrollable-region-focusable): it
 *   gets one (it hangs at the end of the page, after every field).
 * - the skinned simple file upload: its file input takes the keyboard focus but is aria-hidden (aria-hidden-focus);
 *   it is shown to assistive technology, named by the button's text.
 */
(function () {
    function repairCheckboxMenus(root) {
        root.querySelectorAll('ul.ui-selectcheckboxmenu-items[role=listbox]').forEach(function (list) {
            list.querySelectorAll(':scope > li:not([role])').forEach(function (item) {
                item.setAttribute('role', 'none');
            });
            if (!list.hasAttribute('tabindex')) {
                list.setAttribute('tabindex', '0');
            }
            var menuId = list.id.replace(/_list$/, '');
            var label = document.querySelector('label[for="' + menuId + '_focus"], label[for="' + menuId + '"]');
            if (label && !list.hasAttribute('aria-label')) {
                list.setAttribute('aria-label', label.textContent.trim());
            }
            var filter = document.getElementById(menuId + '_filter');
            if (filter && filter.getAttribute('aria-controls') !== list.id) {
                filter.setAttribute('aria-controls', list.id);
            }
        });
    }

    function repairPickers(root) {
        root.querySelectorAll('ul.ui-autocomplete-multiple-container').forEach(function (list) {
            var picker = list.parentElement;
            var label = picker && picker.id ? document.querySelector('label[for="' + picker.id + '_input"], label[for="' + picker.id + '"]') : null;
            if (label && !list.hasAttribute('aria-label')) {
                list.setAttribute('aria-label', label.textContent.trim());
            }
            list.removeAttribute('role');
            list.removeAttribute('aria-orientation');
            list.querySelectorAll(':scope > li.ui-autocomplete-token[role]').forEach(function (token) {
                token.removeAttribute('role');
                token.removeAttribute('aria-selected');
            });
        });
        root.querySelectorAll('.ui-autocomplete-panel[tabindex="-1"]').forEach(function (panel) {
            panel.setAttribute('tabindex', '0');
        });
    }

    function repairPanels(root) {
        root.querySelectorAll('.ui-panel-titlebar[role=button]').forEach(function (header) {
            var toggler = header.querySelector('a.ui-panel-titlebar-icon[id$="_toggler"]');
            var title = header.querySelector('.ui-panel-title');
            if (!toggler) {
                return;
            }
            if (title) {
                title.id = title.id || toggler.id.replace(/_toggler$/, '_title');
                toggler.setAttribute('aria-labelledby', title.id);
            }
            toggler.setAttribute('role', 'button');
            toggler.setAttribute('aria-expanded', header.getAttribute('aria-expanded') || 'true');
            if (header.hasAttribute('aria-controls')) {
                toggler.setAttribute('aria-controls', header.getAttribute('aria-controls'));
            }
            header.removeAttribute('role');
            header.removeAttribute('aria-expanded');
            header.removeAttribute('aria-controls');
        });
    }

    function repairFileUploads(root) {
        root.querySelectorAll('.ui-fileupload-simple input[type=file][aria-hidden=true]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
            var text = document.getElementById(input.id.replace(/_input$/, '_label'));
            if (text && !input.hasAttribute('aria-labelledby')) {
                input.setAttribute('aria-labelledby', text.id);
            }
        });
    }

    /** PrimeFaces writes aria-expanded on the title bar when a panel opens or shuts: it goes to the toggle button. */
    function followPanelToggles() {
        var Panel = window.PrimeFaces && window.PrimeFaces.widget && window.PrimeFaces.widget.Panel;
        if (!Panel || Panel.prototype.refugeToggles) {
            return;
        }
        ['expand', 'collapse'].forEach(function (name) {
            var original = Panel.prototype[name];
            Panel.prototype[name] = function () {
                var result = original.apply(this, arguments);
                if (this.toggler && this.header) {
                    this.toggler.attr('aria-expanded', String(name === 'expand'));
                    if (!this.header.attr('role')) {
                        this.header.removeAttr('aria-expanded');
                    }
                }
                return result;
            };
        });
        Panel.prototype.refugeToggles = true;
    }

    var scheduled = false;

    function repair() {
        scheduled = false;
        repairCheckboxMenus(document);
        repairPickers(document);
        repairPanels(document);
        repairFileUploads(document);
        followPanelToggles();
    }

    function start() {
        repair();
        new MutationObserver(function () {
            if (!scheduled) {
                scheduled = true;
                window.setTimeout(repair, 0);
            }
        }).observe(document.body, {childList: true, subtree: true});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
