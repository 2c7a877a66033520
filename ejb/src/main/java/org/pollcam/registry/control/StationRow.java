package org.pollcam.registry.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pollcam.registry.entity.StationDraft;

/**
 * One line of the registry's CSV format: a polling station with the region and constituency it belongs to and the
 * stream of each of its cameras. The demo data generator writes this format and the CSV import reads it.
 */
public record StationRow(
        long line,
        @NotBlank @Size(max = 100) String regionName,
        @NotBlank @Size(max = 100) String constituencyName,
        @NotNull @Valid StationDraft station) {
}
