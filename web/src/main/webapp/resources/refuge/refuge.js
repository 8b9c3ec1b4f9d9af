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
