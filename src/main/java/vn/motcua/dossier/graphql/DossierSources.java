package vn.motcua.dossier.graphql;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import vn.motcua.catalogue.Agency;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCase;
import vn.motcua.center.Center;
import vn.motcua.common.BatchLoader;
import vn.motcua.common.graphql.CodedErrors;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAppointment;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.IdentityDocument;
import vn.motcua.dossier.Timeliness;
import vn.motcua.dossier.service.DossierTimeliness;

/**
 * Fields of a dossier loaded for a whole page at once. A Dossier is only ever handed to callers who
 * may see it (their own, their agency's), so its fields need a signed-in caller and nothing more.
 */
@GraphQLApi
@CodedErrors
@Authenticated
public class DossierSources {

    @Inject
    BatchLoader batch;
    @Inject
    DossierTimeliness timeliness;

    public @NonNull List<@NonNull Procedure> procedure(@Source List<Dossier> dossiers) {
        return batch.byIds(Procedure.class, dossiers.stream().map(d -> d.procedureId).toList(), p -> p.id);
    }

    public @NonNull List<@NonNull Agency> currentAgency(@Source List<Dossier> dossiers) {
        return batch.byIds(Agency.class, dossiers.stream().map(d -> d.currentAgencyId).toList(), a -> a.id);
    }

    public @NonNull List<@NonNull Center> center(@Source List<Dossier> dossiers) {
        return batch.byIds(Center.class, dossiers.stream().map(d -> d.centerId).toList(), c -> c.id);
    }

    @Description("Where the applicant collects the result: the center they chose, else the receiving one")
    public @NonNull List<@NonNull Center> returnCenter(@Source List<Dossier> dossiers) {
        return batch.byIds(Center.class, dossiers.stream().map(d -> d.returnCenterId != null ? d.returnCenterId
                : d.centerId).toList(), c -> c.id);
    }

    @Description("The case variant (trường hợp) it was filed under, with its own time, fee and documents; null: none")
    public List<ProcedureCase> caseVariant(@Source List<Dossier> dossiers) {
        return batch.byIds(ProcedureCase.class, dossiers.stream().map(d -> d.caseId).toList(), c -> c.id);
    }

    @Name("processingLog")
    public @NonNull List<@NonNull List<@NonNull DossierEvent>> events(@Source List<Dossier> dossiers) {
        return batch.childrenOf(DossierEvent.class, "dossierId", ids(dossiers), e -> e.dossierId, "id");
    }

    @Description("The step the dossier is at: the latest line of its processing log (what was done, when, and the"
            + " step's deadline if one was set); currentAgency holds it")
    public @NonNull List<@NonNull DossierEvent> currentStep(@Source List<Dossier> dossiers) {
        return events(dossiers).stream().map(log -> log.get(log.size() - 1)).toList();
    }

    public @NonNull List<@NonNull List<@NonNull DossierAppointment>> appointmentHistory(@Source List<Dossier> dossiers) {
        return batch.childrenOf(DossierAppointment.class, "dossierId", ids(dossiers), a -> a.dossierId, "id");
    }

    @Description("Judged against the legal due date (Decision 766): early, on time or late once finished; in time or"
            + " overdue while in progress")
    public @NonNull List<@NonNull Timeliness> timeliness(@Source List<Dossier> dossiers) {
        return timeliness.of(ids(dossiers));
    }

    @Description("Past the legal due date: late if finished, overdue if still in progress")
    public @NonNull List<@NonNull Boolean> overdue(@Source List<Dossier> dossiers) {
        return timeliness.of(ids(dossiers)).stream().map(Timeliness::isBehind).toList();
    }

    public @NonNull DossierPayloads.Applicant applicant(@Source Dossier d) {
        return new DossierPayloads.Applicant(d.applicantName, d.applicantIdKind, d.applicantIdNumber,
                d.applicantNationality, d.applicantLegalRepresentative, d.applicantPhone, d.applicantEmail,
                d.applicantAddress);
    }

    public DossierPayloads.Applicant representative(@Source Dossier d) {
        return d.representativeName == null ? null
                : new DossierPayloads.Applicant(d.representativeName, IdentityDocument.CITIZEN_ID,
                        d.representativeIdNumber, null, null, null, null, null);
    }

    private static List<Long> ids(List<Dossier> dossiers) {
        return dossiers.stream().map(d -> d.id).toList();
    }
}
