package vn.motcua.center.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateCenterInput")
public record CenterInput(
        @NonNull String code,
        @NonNull String name,
        @NonNull String province,
        String address,
        @Description("Code of the center this one is a branch of") String parentCode) {
}
