package vn.motcua.center.graphql;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.center.service.CenterService;
import vn.motcua.center.CenterTier;
import vn.motcua.common.Bounds;

@Input("CreateCenterInput")
public record CenterInput(
        @NonNull @Size(max = Bounds.CODE) String code,
        @NonNull @Size(max = Bounds.NAME) String name,
        @NonNull @Size(max = Bounds.PROVINCE) String province,
        @Size(max = Bounds.ADDRESS) String address,
        @Size(max = Bounds.CODE)
        @Description("Code of the center this one is a branch of; a center's manager must name their own")
        String parentCode,
        @Description("PROVINCIAL when omitted; COMMUNE for a commune's service point") CenterTier tier,
        @Description("For a commune point: whether it receives provincial procedures on the province's behalf")
        Boolean receivesProvincial) {

    CenterService.CreateCenter toCommand() {
        return new CenterService.CreateCenter(code, name, province, address, parentCode,
                tier == null ? CenterTier.PROVINCIAL : tier, Boolean.TRUE.equals(receivesProvincial));
    }
}
