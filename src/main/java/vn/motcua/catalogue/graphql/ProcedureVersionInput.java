package vn.motcua.catalogue.graphql;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ProcedureVersionInput")
public record ProcedureVersionInput(@NonNull String code, @NonNull Integer version) {
}
