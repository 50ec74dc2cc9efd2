package vn.motcua.dossier;

import org.eclipse.microprofile.graphql.Description;

@Description("Why a file was attached to a dossier")
public enum FilePurpose {
    @Description("A paper handed in with the dossier, scanned at the counter or uploaded online")
    INTAKE,
    @Description("A paper handed in when a supplement was asked for")
    SUPPLEMENT,
    @Description("The signed result (kết quả điện tử), attached by the agency that decided")
    RESULT
}
