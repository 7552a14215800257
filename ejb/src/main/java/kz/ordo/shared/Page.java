package kz.ordo.shared;

import java.util.List;

/** A page of rows and the total number of rows the filter matches. */
public record Page<T>(List<T> rows, long total) {
}
