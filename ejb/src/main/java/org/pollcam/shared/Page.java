package org.pollcam.shared;

import java.util.List;

/**
 * One page of a longer list, with the total the list would have without paging.
 */
public record Page<T>(List<T> items, long total, int page, int size) {
}
