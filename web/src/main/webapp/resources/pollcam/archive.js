/*
 * The archive page's player: plays the VOD playlist of the chosen camera from the chosen moment (the page gives the
 * offset of that moment into the first segment) and shows, in the election's time, which moment is on screen.
 * data-started-at keeps the first moment shown, so anyone can check that playback began where it was asked to.
 */
(function () {
    'use strict';
    var box = document.getElementById('player');
    if (!box) {
        return;
    }
    var video = document.getElementById('video');
    var status = document.getElementById('player-status');
    var clock = document.getElementById('archive-clock');
    var format = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
        timeZone: box.dataset.zone, year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false
    });

    function say(text) {
        status.textContent = text || '';
        status.hidden = !text;
    }

    var player = window.PollCamPlayback.play(video, box.dataset.playlist, {
        startPosition: parseFloat(box.dataset.offset) || 0,
        onFatal: function (detail) {
            box.dataset.error = detail;
            say(box.dataset.textFailed);
        }
    });
    if (!player) {
        say(box.dataset.textUnsupported);
        return;
    }

    function show() {
        var date = player.playingDate();
        if (!date) {
            return;
        }
        clock.textContent = format.format(date);
        clock.setAttribute('datetime', date.toISOString());
        if (!box.dataset.startedAt && !video.paused) {
            box.dataset.startedAt = date.toISOString();
        }
    }

    video.addEventListener('playing', function () {
        say('');
        show();
    });
    video.addEventListener('timeupdate', show);
}());
