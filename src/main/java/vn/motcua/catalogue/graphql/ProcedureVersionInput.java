package vn.motcua.catalogue.graphql;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.common.Bounds;

@Input("ProcedureVersionInput")
public record ProcedureVersionInput(@NonNull @Size(max = Bounds.CODE) String code,
        @NonNull @Min(1) @Max(Bounds.VERSION) Integer version) {
}
