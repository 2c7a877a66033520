package org.pollcam.media.simulator;

import java.util.Locale;
import java.util.Optional;

/**
 * What can go wrong with a polling station's camera, as the supervision side must learn to recognise it. Each fault
 * either takes the camera off the air (OFFLINE, and FLAPPING half of the time) or replaces its usual picture with a
 * {@link Picture} that the health analysis should classify (FROZEN, BLACK, COVERED, BLURRED, MOVED, DEGRADED).
 */
public enum Fault {
    /** The encoder is gone: playlist and segments answer 404, an open MPEG-TS download stops delivering bytes. */
    OFFLINE(Picture.NORMAL),
    /** The picture stops changing (the clock too) while packets keep flowing. */
    FROZEN(Picture.FROZEN),
    /** A black picture, as with a lens cap or a dead sensor. */
    BLACK(Picture.BLACK),
    /** A uniform colour, as when someone hangs a cloth or a sheet of paper over the lens. */
    COVERED(Picture.COVERED),
    /** A heavily blurred picture (fogged or smeared lens); the station code is no longer readable. */
    BLURRED(Picture.BLURRED),
    /** The camera was turned: a different scene than its usual one. */
    MOVED(Picture.MOVED),
    /** The usual scene at 2 frames per second (an overloaded encoder). */
    LOW_FPS(Picture.LOW_FPS),
    /** The usual scene squeezed under 60 kbit/s (a weak uplink). */
    LOW_BITRATE(Picture.LOW_BITRATE),
    /** Up and down in turns every {@link FaultTimeline#FLAP_SEGMENTS} segments, starting with down. */
    FLAPPING(Picture.NORMAL);

    private final Picture picture;

    Fault(Picture picture) {
        this.picture = picture;
    }

    /** The loop shown while this fault is on and the camera is on the air. */
    public Picture picture() {
        return picture;
    }

    /** The fault of a name as typed in a URL or on a command line, in any case. */
    public static Optional<Fault> of(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
