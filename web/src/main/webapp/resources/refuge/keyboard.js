/*
 * Keyboard all the way (issue 12, item 1): what the screens need beyond PrimeFaces' own keys so that every task can be
 * done without the mouse. Loaded by the page template for every page; markup asks for it with attributes, so pages
 * stay free of inline script (the Content Security Policy forbids it):
 *   aria-keyshortcuts="Alt+S"  an access key: Alt and that key press this button or link, or focus this field (the
 *                        first access key of the open dialog on top, else of the page). The key is matched by its place
 *                        on the keyboard (event.code), so it works with an Armenian or Russian layout too.
 *   data-rf-key="S"      the same access key, shown beside the element in the reader's language (the body's
 *                        data-rf-key-hint, "Alt+{0}"); the script gives the element its aria-keyshortcuts.
 *   data-shortcut="Alt+P" on a file upload's wrapper: its file input takes the key (and stays reachable).
 *   data-rf-focus        the field a person types first: focused when the page is loaded, and again when the focused
 *                        element went away (a row done, a dialog closed).
 *   data-focus="id"      on markup an AJAX answer updates: where the focus goes then (the next member's first field,
 *                        the first field in error).
 *   data-latin="id"      Alt+L moves from this name to its Latin spelling (data-latin-field: the first one otherwise).
 * And on every page: Enter submits only from a text field (on a closed drop-down it opens it, on a check box, a radio
 * button or a file input it does what the component does and never submits the form); the spinners' arrow buttons
 * leave the Tab order; the camp's tent board is one Tab stop whose tents the arrow keys walk.
 */
(function () {
    'use strict';

    var lastFocusedId = null;

    function visible(element) {
        return !!(element && (element.offsetWidth || element.offsetHeight || element.getClientRects().length));
    }

    function usable(element) {
        return (visible(element) || element.type === 'file') && !element.disabled && !element.classList.contains('ui-state-disabled');
    }

    var FOCUSABLE = ['input:not([type=hidden])', 'textarea', 'select', 'button', 'a[href]', '[tabindex]'].map(function (s) {
        return s + ':not([disabled]):not([tabindex="-1"]):not([aria-hidden="true"])';
    }).join(', ');

    /**
     * The element itself when it takes the focus (a field out of the Tab order too, such as a Latin spelling: it was
     * asked for by name), otherwise the first of its descendants in the Tab order.
     */
    function focusableIn(element) {
        if (!element) {
            return null;
        }
        if (element.matches('input:not([type=hidden]):not([disabled]), select, textarea, button:not([disabled]), a[href], [tabindex]')) {
            return element;
        }
        var inside = element.querySelectorAll(FOCUSABLE);
        for (var i = 0; i < inside.length; i++) {
            // PrimeFaces keeps the real input of a drop-down or check box in a visually hidden wrapper: it counts
            if (visible(inside[i]) || inside[i].type === 'file' || inside[i].closest('.ui-helper-hidden-accessible')) {
                return inside[i];
            }
        }
        return null;
    }

    /** The element with this id, or one whose id ends with ":" and the id's last part (a field inside a repeat). */
    function byId(id) {
        var element = document.getElementById(id);
        if (!element) {
            var last = id.substring(id.lastIndexOf(':') + 1);
            element = document.querySelector('[id$=":' + last + '"]');
        }
        return element;
    }

    function focus(element, preventScroll) {
        var target = focusableIn(element);
        if (target) {
            target.focus(preventScroll ? {preventScroll: true} : undefined);
            if (target.select && /^(text|search|tel|email|number)$/.test(target.type)) {
                target.select();
            }
        }
        return !!target;
    }

    /* ---- Access keys ---- */

    /** Where access keys act: the open dialog on top, or the page when none is open. */
    function keyScope() {
        var top = null;
        var z = -1;
        document.querySelectorAll('.ui-dialog').forEach(function (dialog) {
            var index = parseInt(window.getComputedStyle(dialog).zIndex, 10) || 0;
            if (visible(dialog) && dialog.getAttribute('aria-hidden') !== 'true' && index > z) {
                top = dialog;
                z = index;
            }
        });
        return top || document;
    }

    document.addEventListener('keydown', function (event) {
        if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || !/^(Key|Digit)[A-Z0-9]$/.test(event.code || '')) {
            return;
        }
        var wanted = 'Alt+' + event.code.replace(/^(Key|Digit)/, '');
        var targets = Array.prototype.filter.call(keyScope().querySelectorAll('[aria-keyshortcuts]'), function (element) {
            return (element.getAttribute('aria-keyshortcuts') || '').split(' ').indexOf(wanted) >= 0 && usable(element);
        });
        if (targets.length) {
            event.preventDefault();
            event.stopPropagation();
            var target = focusableIn(targets[0]);
            if (!target) {
                return;
            }
            if (target.matches('button, a[href], input[type=submit], input[type=button]')) {
                target.focus();   // the field that had the focus sends its change first
                target.click();
            } else {
                focus(target);
            }
            return;
        }
        if (wanted === 'Alt+L') {
            var active = document.activeElement;
            var latin = active && active.getAttribute('data-latin') ? document.getElementById(active.getAttribute('data-latin'))
                : document.querySelector('[data-latin-field]');
            if (latin) {
                event.preventDefault();
                focus(latin);
            }
        }
    }, true);

    /** Shows each data-rf-key beside its element ("Alt+S") and gives it its aria-keyshortcuts. */
    function showKeys() {
        var hint = document.body.getAttribute('data-rf-key-hint') || 'Alt+{0}';
        var seen = [];
        document.querySelectorAll('[data-rf-key]').forEach(function (element) {
            var key = element.getAttribute('data-rf-key');
            element.setAttribute('aria-keyshortcuts', 'Alt+' + key);
            // shown once per page or dialog: on the first element with the key (a table's first row), which it presses
            var scope = element.closest('.ui-dialog') || document.body;
            var first = !seen.some(function (s) { return s.scope === scope && s.key === key; });
            if (!first || element.disabled || element.classList.contains('ui-state-disabled')) {
                return;
            }
            seen.push({scope: scope, key: key});
            // a button or link shows its key right after it (its own text stays its name); a field shows it in its
            // label (a form's grid has no cell for more)
            var action = focusableIn(element);
            var field = action && !action.matches('button, a') ? action : null;
            var label = field && field.id ? document.querySelector('label[for="' + field.id + '"]') : null;
            var shown = field ? label && label.querySelector(':scope > .rf-key') : element.nextElementSibling;
            if ((field && !label) || (shown && shown.classList.contains('rf-key'))) {
                return;
            }
            var kbd = document.createElement('kbd');
            kbd.className = 'rf-key';
            kbd.setAttribute('aria-hidden', 'true');
            kbd.textContent = hint.replace('{0}', key);
            if (field) {
                label.appendChild(kbd);
            } else {
                element.insertAdjacentElement('afterend', kbd);
            }
        });
    }

    /* ---- Enter ---- */

    function isTextField(element) {
        return element.matches('textarea, input:not([type]), input[type=text], input[type=search], input[type=tel],'
            + ' input[type=email], input[type=number], input[type=date], input[type=password]');
    }

    /** A check box or a radio button, native or drawn by PrimeFaces. */
    function toggle(element) {
        return !!element.matches && element.matches('input[type=checkbox], input[type=radio], [role=checkbox], [role=radio]');
    }

    function stopAfterComponent(target) {
        // listeners on the target run in the order they were added: the component's own first, then this one
        target.addEventListener('keydown', function stop(event) {
            target.removeEventListener('keydown', stop);
            if (event.key === 'Enter') {
                event.stopPropagation();
            }
        });
    }

    /* Enter on a closed drop-down opens it (as Alt+Down and Space do): PrimeFaces' select menu leaves the key to the
     * form, whose default command saved a half-filled member. An open list keeps PrimeFaces' Enter (it chooses the
     * highlighted item). Elsewhere Enter submits only from a text field: on a check box, a radio button, a file input
     * or in an open list the component does what it does and the form never hears of it (nor does the browser's
     * implicit submission, which clicks the form's first button: on the camp board it turned a water point out of
     * service). Buttons, links and the board's tents keep their own Enter (refuge.js listens for it on the page). */
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || !event.target.closest) {
            return;
        }
        var target = event.target;
        var menu = target.closest('.ui-selectonemenu, .ui-selectcheckboxmenu');
        var widget = menu && menu.id && window.PrimeFaces ? PrimeFaces.getWidgetById(menu.id) : null;
        if (widget && widget.panel && !widget.panel.is(':visible') && !menu.classList.contains('ui-state-disabled')) {
            event.preventDefault();
            event.stopPropagation();
            widget.show();
            return;
        }
        if (toggle(target)) {
            // the box keeps its own handlers (a table's row box, a checkbox menu's item); the browser's implicit
            // submission is stopped here and the default command by defaultCommandsSkipToggles
            event.preventDefault();
            return;
        }
        if (target.matches('button, a[href], [role=button], [role=link]') || !target.closest('form')) {
            return;
        }
        var inOverlay = target.closest('.ui-overlay-visible, .ui-selectonemenu-panel, .ui-autocomplete-panel, .ui-selectcheckboxmenu-panel');
        var autocomplete = target.closest('.ui-autocomplete');
        if (isTextField(target) && !inOverlay && !(autocomplete && target.value)) {
            return;   // a text field: the form's default command saves
        }
        stopAfterComponent(target);
    }, true);

    /** PrimeFaces' default commands skip Enter on a check box or radio button too (they listen on the form). */
    function defaultCommandsSkipToggles() {
        var utils = window.PrimeFaces && PrimeFaces.utils;
        if (!utils || typeof utils.isEnterKeyBlocked !== 'function' || utils.rfSkipsToggles) {
            return;
        }
        var blocked = utils.isEnterKeyBlocked;
        utils.rfSkipsToggles = true;
        utils.isEnterKeyBlocked = function (event) {
            return blocked.apply(this, arguments) || (!!event && !!event.target && toggle(event.target));
        };
    }

    /* ---- Tab order and focus ---- */

    /**
     * The spinners' arrow buttons leave the Tab order (the field takes the arrow keys and typed digits); a file upload's
     * access key (data-shortcut on its wrapper) is given to its file input, which takes the focus and opens the chooser
     * with Enter or Space, so it is not hidden from assistive technology either.
     */
    function tidy() {
        document.querySelectorAll('.ui-spinner-button').forEach(function (button) {
            button.setAttribute('tabindex', '-1');
        });
        document.querySelectorAll('[data-shortcut]').forEach(function (upload) {
            var input = upload.querySelector('input[type=file]');
            if (input) {
                input.setAttribute('aria-keyshortcuts', upload.getAttribute('data-shortcut'));
                input.removeAttribute('aria-hidden');
            }
        });
    }

    function nothingFocused() {
        var active = document.activeElement;
        return !active || active === document.body || active === document.documentElement;
    }

    /** The focus where an AJAX answer (or the page) says: data-focus on the updated markup, once. */
    function focusAsAsked() {
        var asked = document.querySelectorAll('[data-focus]');
        var done = false;
        for (var i = 0; i < asked.length; i++) {
            var id = asked[i].getAttribute('data-focus');
            asked[i].removeAttribute('data-focus');
            if (id && !done) {
                done = focus(byId(id));
            }
        }
        return done;
    }

    /**
     * The field a person types first gets the focus, unless the person or the browser gave it elsewhere already: when
     * the page is loaded, and when the focused element went away (a row done and drawn no more, a dialog closed whose
     * opener was drawn again), so that the next Tab or the next number typed never starts from the top of the page.
     */
    function focusFirstField() {
        if (!nothingFocused()) {
            return;
        }
        var wanted = Array.prototype.filter.call(document.querySelectorAll('[data-rf-focus]'), function (element) {
            return visible(element) && !element.closest('.ui-dialog');
        })[0];
        if (wanted) {
            // the page stays where it starts (its figures on top); typing brings the field into view
            focus(wanted, true);
        }
    }

    document.addEventListener('focusin', function (event) {
        if (event.target && event.target.id) {
            lastFocusedId = event.target.id;
        }
    });

    /* The tent board: one Tab stop (the tent last visited, or the first), the arrow keys move between tents, Home and
     * End go to the first and the last, Enter or Space opens the tent (refuge.js). A board of a hundred tents was a
     * hundred Tab stops between the camp's figures and its residents. */
    function rovingBoards() {
        document.querySelectorAll('.rf-tent-grid').forEach(function (grid) {
            var tents = grid.querySelectorAll('.rf-tent[tabindex]');
            var current = grid.querySelector('.rf-tent[tabindex="0"][data-rf-current]') || tents[0];
            tents.forEach(function (tent) {
                tent.setAttribute('tabindex', tent === current ? '0' : '-1');
            });
        });
    }

    function columns(tents) {
        var top = tents.length ? tents[0].offsetTop : 0;
        var n = 0;
        while (n < tents.length && tents[n].offsetTop === top) {
            n++;
        }
        return Math.max(n, 1);
    }

    document.addEventListener('keydown', function (event) {
        var tent = event.target.closest ? event.target.closest('.rf-tent-grid .rf-tent') : null;
        if (!tent || event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        if (event.key === ' ') {
            event.preventDefault();
            tent.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
            return;
        }
        var tents = Array.prototype.slice.call(tent.parentNode.querySelectorAll('.rf-tent'));
        var at = tents.indexOf(tent);
        var moves = {ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns(tents), ArrowUp: -columns(tents)};
        var next = event.key === 'Home' ? 0 : event.key === 'End' ? tents.length - 1
            : moves[event.key] !== undefined ? Math.min(Math.max(at + moves[event.key], 0), tents.length - 1) : -1;
        if (next < 0) {
            return;
        }
        event.preventDefault();
        tents[at].setAttribute('tabindex', '-1');
        tents[at].removeAttribute('data-rf-current');
        tents[next].setAttribute('tabindex', '0');
        tents[next].setAttribute('data-rf-current', '');
        tents[next].focus();
    });

    /* ---- After an AJAX answer, on load ---- */

    function afterUpdate() {
        tidy();
        showKeys();
        rovingBoards();
        if (focusAsAsked()) {
            return;
        }
        // an update that replaced the focused field gives it back its focus; a button that went away does not (the
        // page's first field takes it then, below)
        var last = lastFocusedId ? document.getElementById(lastFocusedId) : null;
        if (nothingFocused() && last && last.matches('input, select, textarea')) {
            focus(last);
            return;
        }
        // after PrimeFaces gave the focus back to the element it had, if that is still there (and a dialog's own)
        window.setTimeout(focusFirstField, 250);
    }

    /** A dialog that closes gives the focus back to what opened it (PrimeFaces), or to the page's first field. */
    function dialogsReturnFocus() {
        var dialog = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Dialog;
        if (!dialog || typeof dialog.prototype.returnFocus !== 'function' || dialog.prototype.rfReturnFocus) {
            return;
        }
        var returnFocus = dialog.prototype.returnFocus;
        dialog.prototype.rfReturnFocus = true;
        dialog.prototype.returnFocus = function () {
            returnFocus.apply(this, arguments);
            window.setTimeout(focusFirstField, 250);
        };
    }

    function start() {
        tidy();
        showKeys();
        rovingBoards();
        dialogsReturnFocus();
        defaultCommandsSkipToggles();
        focusAsAsked();
        // after PrimeFaces' widgets are built (their scripts run on the same event)
        window.setTimeout(focusFirstField, 0);
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function () {
                // after PrimeFaces' own scripts of the answer (widgets are built in a task of their own)
                window.setTimeout(afterUpdate, 0);
            });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
