package org.pollcam.registry.entity;

import java.util.Arrays;
import java.util.Optional;

/** The orders a station list can take; {@code -} before a name reverses it, as in {@code sort=-registeredVoters}. */
public record StationSort(StationSort.Field field, boolean descending) {

    public enum Field {
        CODE("code"), REGION("region"), CONSTITUENCY("constituency"), ADDRESS("address"),
        REGISTERED_VOTERS("registeredVoters");

        private final String parameter;

        Field(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    public static final StationSort BY_CODE = new StationSort(Field.CODE, false);

    public static Optional<StationSort> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(BY_CODE);
        }
        boolean descending = text.startsWith("-");
        String name = descending ? text.substring(1) : text;
        return Arrays.stream(Field.values()).filter(field -> field.parameter.equals(name)).findFirst()
                .map(field -> new StationSort(field, descending));
    }
}
