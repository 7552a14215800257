package kz.ordo.shared;

import java.util.List;

/**
 * A page of rows and the number of rows the filter matches. Counting stops at a cap (a list over a million
 * rows is not counted row by row on every page): {@code atLeast} says the true total is {@code total} or more.
 */
public record Page<T>(List<T> rows, long total, boolean atLeast) {
}
