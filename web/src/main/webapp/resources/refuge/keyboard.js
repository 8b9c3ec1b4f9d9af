/*
 * The keyboard on the desk's forms (issue 12, item 1), for pages that include this script. Plain listeners: the
 * Content Security Policy forbids inline script.
 *
 * 1. Access keys: an element with aria-keyshortcuts="Alt+S" is activated by Alt and that key (a button or link is
 *    clicked, a field gets the focus). The key is matched by its place on the keyboard (event.code), so Alt+S works
 *    with an Armenian or Russian layout too. The element that had the focus loses it first, so that a field's change
 *    (a date typed last) is sent before the button's request.
 * 2. Enter submits only from a text field. PrimeFaces' default command answers Enter anywhere in the form, so Enter on a
 *    closed drop-down saved a half-filled member. Here Enter on a closed drop-down opens it (as Alt+Down and Space do);
 *    on a radio button, a checkbox, a file input or in an open list the component does what it does and the form never
 *    hears of it (nor does the browser's implicit submission, which clicked the form's first button).
 * 3. The spinners' arrow buttons leave the Tab order: the field takes the arrow keys and typed digits.
 * 4. After an AJAX answer the focus goes where the page says (data-focus on the updated markup: the next member's first
 *    field, the first field in error); when an update replaced the focused field and the page says nothing, the focus
 *    goes back to that field.
 * 5. Alt+L moves from a name to its Latin spelling (fields marked data-latin), which stays out of the Tab order.
 */
(function () {
    var lastFocusedId = null;

    function visible(element) {
        return !!(element && (element.offsetWidth || element.offsetHeight || element.getClientRects().length));
    }

    /**
     * The element itself when it takes the focus (a field out of the Tab order too: it was asked for by name),
     * otherwise the first of its descendants in the Tab order.
     */
    function focusable(element) {
        if (!element) {
            return null;
        }
        if (element.matches('input:not([type=hidden]):not([disabled]), select, textarea, button:not([disabled]), a[href], [tabindex]')) {
            return element;
        }
        var selector = 'input:not([type=hidden]):not([tabindex="-1"]):not([disabled]), select:not([tabindex="-1"]),'
            + ' textarea, button:not([disabled]), a[href], [tabindex="0"]';
        var candidates = element.querySelectorAll(selector);
        for (var i = 0; i < candidates.length; i++) {
            if (visible(candidates[i]) || candidates[i].type === 'file') {
                return candidates[i];
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

    function focus(element) {
        var target = focusable(element);
        if (target) {
            target.focus();
            if (target.select && /^(text|search|tel|email|number)$/.test(target.type)) {
                target.select();
            }
        }
        return !!target;
    }

    function shortcut(element) {
        return (element.getAttribute('aria-keyshortcuts') || '').split(' ');
    }

    /* 1. Access keys */
    document.addEventListener('keydown', function (event) {
        if (!event.altKey || event.ctrlKey || event.metaKey || !/^(Key|Digit)/.test(event.code)) {
            return;
        }
        var wanted = 'Alt+' + event.code.replace(/^(Key|Digit)/, '');
        var elements = document.querySelectorAll('[aria-keyshortcuts]');
        for (var i = 0; i < elements.length; i++) {
            var element = elements[i];
            if (shortcut(element).indexOf(wanted) < 0 || element.disabled || (!visible(element) && element.type !== 'file')) {
                continue;
            }
            event.preventDefault();
            event.stopPropagation();
            if (element.matches('button, a[href]')) {
                element.focus();   // the field that had the focus sends its change first
                element.click();
            } else {
                focus(element);
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

    /* 2. Enter submits only from a text field */
    function isTextField(element) {
        return element.matches('textarea, input:not([type]), input[type=text], input[type=search], input[type=tel],'
            + ' input[type=email], input[type=number], input[type=date], input[type=password]');
    }

    function stopAfterComponent(target) {
        // listeners on the target run in the order they were added: the component's own first, then this one
        target.addEventListener('keydown', function stop(event) {
            target.removeEventListener('keydown', stop);
            if (event.key === 'Enter') {
                event.stopPropagation();
                if (target.matches('input[type=radio], input[type=checkbox]')) {
                    // the browser's implicit submission would click the form's first button ("Another document")
                    event.preventDefault();
                }
            }
        });
    }

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || !event.target.closest) {
            return;
        }
        var target = event.target;
        var menu = target.closest('.ui-selectonemenu');
        if (menu && window.PrimeFaces && PrimeFaces.getWidgetById) {
            var widget = PrimeFaces.getWidgetById(menu.id);
            if (widget && widget.panel && !widget.panel.is(':visible')) {
                event.preventDefault();
                event.stopPropagation();
                // opened the way PrimeFaces opens it on Alt+Down, so that its list is rendered first
                window.jQuery(target).trigger(window.jQuery.Event('keydown', {key: 'ArrowDown', code: 'ArrowDown', altKey: true}));
                return;
            }
        }
        if (target.matches('button, a[href]')) {
            return;
        }
        var inOverlay = target.closest('.ui-overlay-visible, .ui-selectonemenu-panel, .ui-autocomplete-panel, .ui-selectcheckboxmenu-panel');
        var autocomplete = target.closest('.ui-autocomplete');
        if (isTextField(target) && !inOverlay && !(autocomplete && target.value)) {
            return;   // a text field: the form's default command saves
        }
        stopAfterComponent(target);
    }, true);

    /*
     * 3. Spinner buttons out of the Tab order; a file upload's access key (data-shortcut on its wrapper) is given to
     * its file input, which takes the focus and opens the chooser with Enter or Space, so it is not hidden from
     * assistive technology either. 4. Focus after AJAX answers.
     */
    function tidy(root) {
        var buttons = (root || document).querySelectorAll('.ui-spinner-button');
        for (var i = 0; i < buttons.length; i++) {
            buttons[i].setAttribute('tabindex', '-1');
        }
        var uploads = (root || document).querySelectorAll('[data-shortcut]');
        for (var j = 0; j < uploads.length; j++) {
            var input = uploads[j].querySelector('input[type=file]');
            if (input) {
                input.setAttribute('aria-keyshortcuts', uploads[j].getAttribute('data-shortcut'));
                input.removeAttribute('aria-hidden');
            }
        }
    }

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

    document.addEventListener('focusin', function (event) {
        if (event.target && event.target.id) {
            lastFocusedId = event.target.id;
        }
    });

    function afterUpdate() {
        tidy(document);
        if (focusAsAsked()) {
            return;
        }
        var active = document.activeElement;
        if ((!active || active === document.body) && lastFocusedId) {
            focus(document.getElementById(lastFocusedId));
        }
    }

    function start() {
        tidy(document);
        focusAsAsked();
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
