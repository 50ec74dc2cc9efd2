package vn.motcua.center.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.center.service.CenterService;

@Input("CreateCenterInput")
public record CenterInput(
        @NonNull String code,
        @NonNull String name,
        @NonNull String province,
        String address,
        @Description("Code of the center this one is a branch of; a center's manager must name their own")
        String parentCode) {

    CenterService.CreateCenter toCommand() {
        return new CenterService.CreateCenter(code, name, province, address, parentCode);
    }
}
