package vn.motcua.catalogue.graphql;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.common.Bounds;

@Input("RetireProcedureInput")
public record RetireProcedureInput(
        @NonNull @Size(max = Bounds.CODE) String code,
        @Description("Last day the procedure applies; today when omitted") LocalDate effectiveTo) {
}
