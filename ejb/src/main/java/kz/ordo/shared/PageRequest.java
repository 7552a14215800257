package kz.ordo.shared;

/**
 * One page of a list: offset, size and an optional sort field (checked against an allowlist by the
 * repository that receives it; an unknown field is refused, never put into SQL).
 */
public record PageRequest(int first, int size, String sortField, boolean ascending) {

    public static final int MAX_PAGE_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            throw new BusinessException("error.page.invalid");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BusinessException("error.page.invalid");
        }
    }
}
