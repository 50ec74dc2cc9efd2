package vn.motcua.common;

import org.eclipse.microprofile.graphql.NonNull;

/** Relay page info. */
public record PageInfo(@NonNull Boolean hasNextPage, @NonNull Boolean hasPreviousPage, String startCursor, String endCursor) {
}
