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
