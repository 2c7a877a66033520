/* The control center's live dashboard: applies pushed camera changes to the tiles and counts in place. */
var PollCam = PollCam || {};

PollCam.showTimes = function (root) {
    (root || document).querySelectorAll('time[datetime]').forEach(function (time) {
        var when = new Date(time.getAttribute('datetime'));
        if (!isNaN(when)) {
            time.textContent = when.toLocaleTimeString([], {hour: '2-digit', minute: '2-digit', second: '2-digit'});
        }
    });
};

PollCam.cameraChanged = function (message) {
    var change = typeof message === 'string' ? JSON.parse(message) : message;
    if (change.type === 'incident') {
        if (window.refreshIncidents) {
            refreshIncidents();
        }
        return;
    }
    PollCam.count(change.previous, -1);
    PollCam.count(change.state, +1);
    var tile = document.getElementById('tile-' + change.camera);
    if (!tile) {
        return;
    }
    tile.className = tile.className.replace(/\bstate-\w+/, 'state-' + change.state);
    tile.setAttribute('data-state', change.state);
    var label = document.querySelector('.state-count[data-state="' + change.state + '"]');
    tile.querySelector('.state-name').textContent = label ? label.getAttribute('data-label') : change.state;
    var since = tile.querySelector('.state-since');
    since.setAttribute('datetime', change.since);
    PollCam.showTimes(tile);
    var picture = tile.querySelector('img');
    picture.src = picture.src.replace(/(\?.*)?$/, '?t=' + Date.now());
};

PollCam.count = function (state, delta) {
    var count = state && document.getElementById('count-' + state);
    if (count) {
        count.textContent = Math.max(0, parseInt(count.textContent, 10) + delta);
    }
};

document.addEventListener('DOMContentLoaded', function () { PollCam.showTimes(); });
