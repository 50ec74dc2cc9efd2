package vn.motcua.catalogue.graphql;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RetireProcedureInput")
public record RetireProcedureInput(
        @NonNull String code,
        @Description("Last day the procedure applies; today when omitted") LocalDate effectiveTo) {
}
