/*
 * HLS playback shared by the station page's live player (player.js) and the archive page (archive.js): hls.js where
 * the browser has Media Source Extensions, the browser's own HLS where it plays it itself (Safari), and the
 * wall-clock time of the frame on screen, from the playlist's program date time.
 */
window.PollCamPlayback = (function () {
    'use strict';

    /**
     * Plays the playlist at url in the video element. options.config: hls.js settings; options.startPosition: seconds
     * into the playlist to start at; options.onFatal(detail): called once the player gave up (it is destroyed).
     * Returns {destroy(), playingDate()}, or null when the browser cannot play HLS at all.
     */
    function play(video, url, options) {
        var settings = options || {};
        var hls = null;
        var handle = {
            destroy: function () {
                if (hls) {
                    hls.destroy();
                    hls = null;
                }
            },
            /** The wall-clock time of the frame on screen, or null while unknown. */
            playingDate: function () {
                var date = hls ? hls.playingDate
                    : (video.getStartDate && !isNaN(video.getStartDate().getTime())
                        ? new Date(video.getStartDate().getTime() + video.currentTime * 1000) : null);
                return date instanceof Date && !isNaN(date.getTime()) ? date : null;
            }
        };
        if (window.Hls && window.Hls.isSupported()) {
            var config = Object.assign({}, settings.config);
            if (settings.startPosition > 0) {
                config.startPosition = settings.startPosition;
            }
            hls = new window.Hls(config);
            hls.on(window.Hls.Events.ERROR, function (event, data) {
                if (data.fatal) {
                    handle.destroy();
                    if (settings.onFatal) {
                        settings.onFatal(data.type + ': ' + data.details);
                    }
                }
            });
            hls.loadSource(url);
            hls.attachMedia(video);
        } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
            if (settings.startPosition > 0) {
                video.addEventListener('loadedmetadata', function () {
                    video.currentTime = settings.startPosition;
                }, {once: true});
            }
            video.src = url;
        } else {
            return null;
        }
        video.play().catch(function () { /* autoplay refused: the controls are there */ });
        return handle;
    }

    return {play: play};
}());
