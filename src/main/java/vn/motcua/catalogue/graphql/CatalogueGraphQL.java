package vn.motcua.catalogue.graphql;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.motcua.catalogue.Agency;
import vn.motcua.catalogue.AgencyKind;
import vn.motcua.catalogue.Field;
import vn.motcua.catalogue.OnlineLevel;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureFilter;
import vn.motcua.catalogue.ProcedureStatus;
import vn.motcua.catalogue.service.CatalogueService;
import vn.motcua.catalogue.service.ProcedureQueries;
import vn.motcua.common.Bounds;
import vn.motcua.common.Mutations;
import vn.motcua.common.NotFoundException;
import vn.motcua.common.Page;
import vn.motcua.common.graphql.CodedErrors;
import vn.motcua.security.Roles;

/** The public procedure catalogue, and its upkeep by the center's managers. */
@GraphQLApi
@CodedErrors
public class CatalogueGraphQL {

    @Inject
    ProcedureQueries procedureQueries;
    @Inject
    CatalogueService catalogueService;

    @Query
    @PermitAll
    @Description("Implementing agencies: provincial departments and vertically managed agencies")
    public @NonNull List<@NonNull Agency> agencies(AgencyKind kind) {
        return kind == null ? Agency.list("order by kind, code") : Agency.list("kind = ?1 order by code", kind);
    }

    @Query
    @PermitAll
    @Description("Fields of procedures, all or those of one agency")
    public @NonNull List<@NonNull Field> fields(@Size(max = Bounds.CODE) String agencyCode) {
        if (agencyCode == null) {
            return Field.list("order by code");
        }
        Agency agency = Agency.findByCode(agencyCode)
                .orElseThrow(() -> new NotFoundException("No agency with code " + agencyCode));
        return Field.list("agencyId = ?1 order by code", agency.id);
    }

    @Query
    @PermitAll
    @Description("A procedure by national code: the published version (upcoming or in effect), or the given version")
    public Procedure procedure(@NonNull @Size(max = Bounds.CODE) String code,
            @Min(1) @Max(Bounds.VERSION) Integer version) {
        return (version == null ? procedureQueries.listed(code) : Procedure.findVersion(code, version))
                .filter(p -> version == null || p.status != ProcedureStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("No procedure with code " + code
                        + (version == null ? " in the catalogue" : " and version " + version)));
    }

    @Query
    @PermitAll
    @Description("The published catalogue. `search` is typed the way people type: accents, case and word order"
            + " do not matter; words may come from the procedure's name, field or agency; common abbreviations and"
            + " names (\"gpxd\", \"sổ đỏ\") are understood; a typo is forgiven in a word the catalogue does not"
            + " hold as typed. The best match comes first: name before field or agency, exact before forgiven.")
    public @NonNull ProcedureConnection procedures(@Size(max = Bounds.SEARCH) String search,
            @Size(max = Bounds.CODE) String agencyCode, @Size(max = Bounds.CODE) String fieldCode,
            OnlineLevel onlineLevel, @NonNull @Description("Page size, 1 to 100") @Min(1) @Max(Page.MAX_PAGE_SIZE) int first,
            @Size(max = Bounds.OPAQUE_ID) String after) {
        int offset = Page.startAfter(after, first);
        return ProcedureConnection.of(procedureQueries.findPublished(
                new ProcedureFilter(search, agencyCode, fieldCode, onlineLevel), offset, first));
    }

    @Mutation
    @RolesAllowed({ Roles.CENTER_MANAGER, Roles.ADMINISTRATOR })
    @Description("Creates a procedure as version 1, in DRAFT until published")
    public @NonNull ProcedurePayload createProcedure(@NonNull @Valid ProcedureInput input) {
        return Mutations.run(() -> new ProcedurePayload(catalogueService.createProcedure(input.toCommand()), List.of()),
                errors -> new ProcedurePayload(null, errors));
    }

    @Mutation
    @RolesAllowed({ Roles.CENTER_MANAGER, Roles.ADMINISTRATOR })
    @Description("Drafts a new version of a procedure; the published version is unchanged until the draft is published")
    public @NonNull ProcedurePayload updateProcedure(@NonNull @Valid ProcedureInput input) {
        return Mutations.run(() -> new ProcedurePayload(catalogueService.updateProcedure(input.toCommand()), List.of()),
                errors -> new ProcedurePayload(null, errors));
    }

    @Mutation
    @RolesAllowed({ Roles.CENTER_MANAGER, Roles.ADMINISTRATOR })
    @Description("Publishes a draft version; the previously published version is superseded")
    public @NonNull ProcedurePayload publishProcedure(@NonNull @Valid ProcedureVersionInput input) {
        return Mutations.run(
                () -> new ProcedurePayload(catalogueService.publishProcedure(input.code(), input.version()), List.of()),
                errors -> new ProcedurePayload(null, errors));
    }

    @Mutation
    @RolesAllowed({ Roles.CENTER_MANAGER, Roles.ADMINISTRATOR })
    @Description("Takes a procedure out of the catalogue; its versions stay readable")
    public @NonNull ProcedurePayload retireProcedure(@NonNull @Valid RetireProcedureInput input) {
        return Mutations.run(
                () -> new ProcedurePayload(catalogueService.retireProcedure(input.code(), input.effectiveTo()), List.of()),
                errors -> new ProcedurePayload(null, errors));
    }
}
