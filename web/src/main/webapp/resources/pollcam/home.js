/*
 * The home page: ticks the countdown to the next phase every second and refreshes the live counters from
 * /api/public/summary every 15 s. The page is complete without it.
 */
(function () {
    'use strict';
    var countdown = document.getElementById('countdown');
    if (countdown) {
        var until = Number(countdown.dataset.until);
        var two = function (n) { return (n < 10 ? '0' : '') + n; };
        var tick = function () {
            var left = Math.max(0, Math.floor((until - Date.now()) / 1000));
            countdown.textContent = Math.floor(left / 3600) + ':' + two(Math.floor(left / 60) % 60) + ':' + two(left % 60);
            if (left === 0) {
                window.location.reload();
                return;
            }
            setTimeout(tick, 1000);
        };
        countdown.setAttribute('datetime', new Date(until).toISOString());
        tick();
    }
    var counters = document.getElementById('counters');
    if (counters && window.fetch) {
        var unchecked = document.getElementById('cameras-unchecked');
        var refresh = function () {
            fetch(counters.dataset.source, {credentials: 'omit'}).then(function (response) {
                return response.ok ? response.json() : Promise.reject(response.status);
            }).then(function (summary) {
                document.getElementById('stations-on-air').textContent = summary.stationsOnAir;
                document.getElementById('cameras-online').textContent = summary.camerasOnline;
                document.getElementById('viewers-now').textContent = summary.viewers;
                unchecked.textContent = summary.camerasUnchecked > 0
                    ? unchecked.dataset.template.replace('{0}', summary.camerasUnchecked) : '';
            }).catch(function () { /* keep the last numbers */ });
        };
        setInterval(refresh, 15000);
    }
}());
