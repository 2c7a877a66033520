/* Multi-view: reloads each tile's snapshot every few seconds (the server writes a new one per supervision check). */
(function () {
    'use strict';
    var grid = document.getElementById('grid');
    if (!grid) {
        return;
    }
    setInterval(function () {
        Array.prototype.forEach.call(grid.querySelectorAll('img.snapshot'), function (img) {
            var url = new URL(img.getAttribute('src'), window.location.href);
            url.searchParams.set('t', Date.now());
            img.src = url.pathname + url.search;
        });
    }, Number(grid.dataset.refresh) || 10000);
}());
