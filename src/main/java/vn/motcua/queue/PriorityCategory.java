package vn.motcua.queue;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PriorityCategory")
@Description("A priority category the center offers, and who grants it")
public record PriorityCategory(@NonNull TicketPriority priority, @NonNull PriorityGrant grantedBy) {
}
