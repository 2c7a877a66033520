/*
 * The station page's live player. Sends a heartbeat for the camera every 12 s (every 2 s while the camera is being
 * started): that keeps the camera published on the server and counts this tab as a viewer. The viewer id is random,
 * made per tab, and nothing else about the viewer is sent. Plays the public playlist with playback.js (hls.js, or
 * natively where the browser plays HLS itself, as Safari does). When the server says the camera went off air, the page
 * reloads to show why.
 */
(function () {
    'use strict';
    var box = document.getElementById('player');
    if (!box) {
        return;
    }
    var video = document.getElementById('video');
    var status = document.getElementById('player-status');
    var viewers = document.getElementById('viewers');
    var report = document.getElementById('report');
    var player = null;
    var playing = false;
    var timer = null;

    function randomId() {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    }

    var viewer = randomId();

    function say(text) {
        status.textContent = text || '';
        status.hidden = !text;
    }

    function schedule(ms) {
        clearTimeout(timer);
        timer = setTimeout(beat, ms);
    }

    function beat() {
        fetch(box.dataset.heartbeat, {
            method: 'POST', cache: 'no-store', credentials: 'omit',
            headers: {'Content-Type': 'application/json'}, body: JSON.stringify({viewer: viewer})
        }).then(function (response) {
            if (!response.ok) {
                throw new Error('heartbeat ' + response.status);
            }
            return response.json();
        }).then(function (watch) {
            viewers.textContent = watch.viewers;
            if (watch.state === 'LIVE') {
                if (!playing) {
                    play(watch.playlist); // /media is served at the host's root, whatever the application's context
                }
                schedule(12000);
            } else if (watch.state === 'STARTING') {
                say(box.dataset.textStarting);
                schedule(2000);
            } else if (watch.state === 'FULL') {
                say(box.dataset.textFull.replace('{0}', box.dataset.maxCameras));
                schedule(15000);
            } else {
                reloadToShowWhy();
            }
        }).catch(function () {
            schedule(5000);
        });
    }

    /**
     * A cache may still hold the page as it was when the camera was on air (nginx or a CDN for up to 30 s): then the
     * reloaded page says off air again, and the next reload waits instead of looping.
     */
    function reloadToShowWhy() {
        var key = 'pollcam.reloadedFor.' + box.dataset.camera;
        var last = Number(window.sessionStorage.getItem(key) || 0);
        setTimeout(function () {
            window.sessionStorage.setItem(key, String(Date.now()));
            window.location.reload();
        }, Date.now() - last < 60000 ? 10000 : 0);
    }

    function play(url) {
        playing = true;
        player = window.PollCamPlayback.play(video, url, {
            config: {liveSyncDurationCount: 2, manifestLoadingMaxRetry: 6, levelLoadingMaxRetry: 6},
            onFatal: function (detail) {
                box.dataset.error = detail;
                // the publisher restarts (e.g. the camera dropped): start over from the next heartbeat
                player = null;
                playing = false;
                say(box.dataset.textRetrying);
                schedule(2000);
            }
        });
        if (!player) {
            say(box.dataset.textUnsupported);
        }
    }

    video.addEventListener('playing', function () { say(''); });

    /** The wall-clock time of the frame on screen (from the playlist's program date time), else now. */
    function playTime() {
        return (player && player.playingDate()) || new Date();
    }

    if (report) {
        var refresh = function () {
            var href = new URL(report.href, window.location.href);
            href.searchParams.set('at', playTime().toISOString().replace(/\.\d{3}Z$/, 'Z'));
            report.href = href.toString();
        };
        report.addEventListener('focus', refresh);
        report.addEventListener('mousedown', refresh);
        report.addEventListener('touchstart', refresh, {passive: true});
        report.addEventListener('click', refresh);
        video.addEventListener('playing', refresh);
        refresh();
    }

    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible') {
            schedule(0);
        }
    });

    beat();
}());
