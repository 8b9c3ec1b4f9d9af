/*
 * Keyboard all the way (issue 12, item 1): what the screens need beyond PrimeFaces' own keys so that every task can be
 * done without the mouse. Markup asks for it with data attributes, so pages stay free of inline script (the Content
 * Security Policy forbids it):
 *   data-rf-focus        the field a person types first: focused when the page is loaded (or the first field inside)
 *   data-rf-key="S"      an access key: Alt+S presses this button or link, or focuses this field; the key is the
 *                        physical key (event.code), so it works in an Armenian or Russian keyboard layout too, and it
 *                        is shown beside the element in the reader's language (the body's data-rf-key-hint, "Alt+{0}")
 * and, for all pages: Enter on a closed drop-down opens it instead of submitting the form, Enter on a check box or a
 * radio button submits nothing, a closed dialog or a row done gives the focus back to the page's first field, and the
 * camp's tent board is one Tab stop whose tents the arrow keys walk.
 */
(function () {
    'use strict';

    function visible(element) {
        return !!(element.offsetWidth || element.offsetHeight || element.getClientRects().length);
    }

    function usable(element) {
        return visible(element) && !element.disabled && !element.classList.contains('ui-state-disabled');
    }

    /** The first element inside (or the element itself) that takes the keyboard's focus. */
    function focusableIn(element) {
        var selector = ['input:not([type=hidden])', 'textarea', 'select', 'button', 'a[href]', '[tabindex]'].map(function (s) {
            return s + ':not([disabled]):not([tabindex="-1"]):not([aria-hidden="true"])';
        }).join(', ');
        if (element.matches(selector)) {
            return element;
        }
        var inside = element.querySelectorAll(selector);
        for (var i = 0; i < inside.length; i++) {
            // PrimeFaces keeps the real input of a drop-down or check box in a visually hidden wrapper: it counts
            if (visible(inside[i]) || inside[i].closest('.ui-helper-hidden-accessible')) {
                return inside[i];
            }
        }
        return null;
    }

    /* Enter on a closed drop-down opens it. PrimeFaces' select menu leaves the key to the form then, whose default
     * command saves what is half filled; the key stops here, before the menu and the form see it. An open list keeps
     * PrimeFaces' Enter (it chooses the highlighted item). Alt+Down opens it too (PrimeFaces). */
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || !event.target.closest || !window.PrimeFaces) {
            return;
        }
        var menu = event.target.closest('.ui-selectonemenu, .ui-selectcheckboxmenu');
        var widget = menu && menu.id ? PrimeFaces.getWidgetById(menu.id) : null;
        if (!widget || !widget.panel || widget.panel.is(':visible') || menu.classList.contains('ui-state-disabled')) {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        widget.show();
    }, true);

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

    function keyOf(event) {
        var code = /^(?:Key|Digit)([A-Z0-9])$/.exec(event.code || '');
        return code ? code[1] : null;
    }

    document.addEventListener('keydown', function (event) {
        if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        var key = keyOf(event);
        if (!key) {
            return;
        }
        var targets = Array.prototype.filter.call(keyScope().querySelectorAll('[data-rf-key="' + key + '"]'), usable);
        if (!targets.length) {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        var target = focusableIn(targets[0]);
        if (!target) {
            return;
        }
        target.focus();
        if (target.matches('button, a[href], input[type=submit], input[type=button]')) {
            target.click();
        } else if (typeof target.select === 'function' && target.matches('input[type=text], input:not([type]), textarea')) {
            target.select();
        }
    }, true);

    /** A check box or a radio button, native or drawn by PrimeFaces. */
    function toggle(element) {
        return !!element.matches && element.matches('input[type=checkbox], input[type=radio], [role=checkbox], [role=radio]');
    }

    /* Enter on a check box or a radio button submits nothing: Space ticks it. The browser (and a form's default command)
     * would otherwise press the form's first button, which on the camp board turns a water point out of service. The
     * key still reaches the box, for the components that answer it themselves (a checkbox menu's items). */
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && toggle(event.target)) {
            event.preventDefault();
        }
    }, true);

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

    /** Shows each access key beside its element ("Alt+S") and tells assistive technology about it. */
    function showKeys() {
        var hint = document.body.getAttribute('data-rf-key-hint') || 'Alt+{0}';
        var seen = [];
        document.querySelectorAll('[data-rf-key]').forEach(function (element) {
            var key = element.getAttribute('data-rf-key');
            var text = hint.replace('{0}', key);
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
            kbd.textContent = text;
            if (field) {
                label.appendChild(kbd);
            } else {
                element.insertAdjacentElement('afterend', kbd);
            }
        });
    }

    function nothingFocused() {
        var active = document.activeElement;
        return !active || active === document.body || active === document.documentElement;
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
        var field = wanted ? focusableIn(wanted) : null;
        if (field) {
            // the page stays where it starts (its figures on top); typing brings the field into view
            field.focus({preventScroll: true});
        }
    }

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

    function afterUpdate() {
        showKeys();
        rovingBoards();
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
        showKeys();
        rovingBoards();
        dialogsReturnFocus();
        defaultCommandsSkipToggles();
        // after PrimeFaces' widgets are built (their scripts run on the same event)
        window.setTimeout(focusFirstField, 0);
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', afterUpdate);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
