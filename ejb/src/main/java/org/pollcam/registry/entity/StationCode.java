package org.pollcam.registry.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a polling station is known to commissions and the public: its constituency's number and its own number within
 * that constituency, written {@code 12-34}. Station numbers restart at 1 in every constituency, so the station number
 * alone identifies nothing.
 */
public record StationCode(int constituencyNumber, int stationNumber) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,3})\\s*[-/]\\s*(\\d{1,4})\\s*");

    public StationCode {
        if (constituencyNumber < 1 || stationNumber < 1) {
            throw new IllegalArgumentException("Constituency and station numbers start at 1");
        }
    }

    /** Reads "12-34" or "12/34"; empty when the text is not a station code. */
    public static java.util.Optional<StationCode> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        int constituency = Integer.parseInt(m.group(1));
        int station = Integer.parseInt(m.group(2));
        return constituency < 1 || station < 1
                ? java.util.Optional.empty()
                : java.util.Optional.of(new StationCode(constituency, station));
    }

    @Override
    public String toString() {
        return constituencyNumber + "-" + stationNumber;
    }
}
