package vn.motcua.catalogue.graphql;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.catalogue.ApplicantType;
import vn.motcua.catalogue.Channel;
import vn.motcua.catalogue.OnlineLevel;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.service.ProcedureCommand;

@Input("ProcedureInput")
@Description("The full content of a procedure version. Updating publishes nothing: it drafts a new version.")
public record ProcedureInput(
        @NonNull @Description("National code (mã TTHC)") String code,
        @NonNull String name,
        @NonNull String agencyCode,
        @NonNull String fieldCode,
        @NonNull ProcedureLevel level,
        @NonNull List<@NonNull ApplicantType> applicantTypes,
        String steps,
        String conditions,
        String legalBasis,
        String resultType,
        @NonNull OnlineLevel onlineLevel,
        String publicationDecision,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Boolean hasAppointment,
        @NonNull List<@NonNull ChannelInput> channels,
        List<DocumentInput> documents,
        List<CaseInput> cases) {

    ProcedureCommand toCommand() {
        return new ProcedureCommand(code, name, agencyCode, fieldCode, level, applicantTypes, steps, conditions,
                legalBasis, resultType, onlineLevel, publicationDecision, effectiveFrom, effectiveTo, hasAppointment,
                channels == null ? null : channels.stream().map(c -> new ProcedureCommand.ChannelTerms(c.channel(),
                        c.processingDays(), c.feeVnd(), c.feeNote())).toList(),
                documents == null ? null : documents.stream().map(d -> d == null ? null
                        : new ProcedureCommand.Document(d.name(), d.originals(), d.copies(), d.templateUrl())).toList(),
                cases == null ? null : cases.stream().map(c -> c == null ? null
                        : new ProcedureCommand.CaseVariant(c.name(), c.processingDays())).toList());
    }

    @Input("ProcedureChannelInput")
    public record ChannelInput(@NonNull Channel channel, @NonNull Integer processingDays, Long feeVnd, String feeNote) {
    }

    @Input("RequiredDocumentInput")
    public record DocumentInput(@NonNull String name, Integer originals, Integer copies, String templateUrl) {
    }

    @Input("ProcedureCaseInput")
    public record CaseInput(@NonNull String name, Integer processingDays) {
    }
}
