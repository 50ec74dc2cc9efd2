package vn.motcua.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Offset paging behind opaque Relay cursors, for lists that are ranked (search) or bounded in size
 * (the catalogue). A cursor is the position of an item in the ordered list.
 */
public record Page<T>(List<T> items, int offset, long totalCount) {

    public static final int MAX_PAGE_SIZE = 100;

    /** The offset where the page after {@code after} starts, with {@code first} checked against the cap. */
    public static int startAfter(String after, int first) {
        requireSize(first);
        return after == null ? 0 : decodeCursor(after) + 1;
    }

    /** Every connection takes 1 to {@link #MAX_PAGE_SIZE} items a page. */
    public static void requireSize(int first) {
        if (first < 1 || first > MAX_PAGE_SIZE) {
            throw new BadInputException("`first` must be between 1 and " + MAX_PAGE_SIZE + ", got " + first);
        }
    }

    public static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("pos:" + position).getBytes(StandardCharsets.UTF_8));
    }

    static int decodeCursor(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith("pos:")) {
                throw new IllegalArgumentException();
            }
            int position = Integer.parseInt(raw.substring(4));
            if (position < 0) {
                throw new IllegalArgumentException();
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("Malformed cursor: " + cursor);
        }
    }

    public String cursorOf(int index) {
        return cursor(offset + index);
    }

    public PageInfo pageInfo() {
        boolean empty = items.isEmpty();
        return new PageInfo(offset + items.size() < totalCount, offset > 0,
                empty ? null : cursorOf(0), empty ? null : cursorOf(items.size() - 1));
    }
}
