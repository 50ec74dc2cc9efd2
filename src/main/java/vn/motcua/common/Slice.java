package vn.motcua.common;

import java.util.List;

/** One page of a list read by keyset: the items, each one's opaque cursor, and where the page sits. */
public record Slice<T>(List<T> items, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage,
        long totalCount) {

    public PageInfo pageInfo() {
        return new PageInfo(hasNextPage, hasPreviousPage, cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
    }
}
