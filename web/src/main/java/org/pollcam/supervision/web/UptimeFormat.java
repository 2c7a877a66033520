package org.pollcam.supervision.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.pollcam.supervision.entity.UptimeShare;

/**
 * How uptime figures read on screen, the same on the control center's report and the public page: shares with one
 * decimal in the reader's locale, moments in the election's time zone (with the date only when it is not election
 * day, as when counting runs past midnight), durations as hours:minutes:seconds.
 */
public final class UptimeFormat {

    private UptimeFormat() {
    }

    /** "97.5 %", or a dash while none of the window has passed. */
    public static String percent(UptimeShare share, Locale locale) {
        return share.percent() == null ? "—" : String.format(locale, "%.1f %%", share.percent());
    }

    public static String time(Instant instant, ZoneId zone, LocalDate electionDay) {
        boolean sameDay = instant.atZone(zone).toLocalDate().equals(electionDay);
        return DateTimeFormatter.ofPattern(sameDay ? "HH:mm:ss" : "dd.MM.yyyy HH:mm:ss").withZone(zone)
                .format(instant);
    }

    /** "1:05:09" */
    public static String duration(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
