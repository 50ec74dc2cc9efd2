package vn.motcua.catalogue.graphql;

import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.catalogue.Procedure;

public record ProcedureEdge(@NonNull String cursor, @NonNull Procedure node) {
}
