package vn.motcua.center;

import org.eclipse.microprofile.graphql.Description;

@Description("Where in the two tiers a center stands")
public enum CenterTier {
    @Description("The province's Public Administration Service Center (or a branch of it)")
    PROVINCIAL,
    @Description("A commune's service point (Bộ phận một cửa cấp xã)")
    COMMUNE
}
