package vn.motcua.catalogue.graphql;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
import vn.motcua.common.Bounds;
import vn.motcua.document.FileType;

@Input("ProcedureInput")
@Description("The full content of a procedure version. Updating publishes nothing: it drafts a new version.")
public record ProcedureInput(
        @NonNull @Size(max = Bounds.CODE) @Description("National code (mã TTHC)") String code,
        @NonNull @Size(max = Bounds.PROCEDURE_TEXT) String name,
        @NonNull @Size(max = Bounds.CODE) String agencyCode,
        @NonNull @Size(max = Bounds.CODE) String fieldCode,
        @NonNull ProcedureLevel level,
        @NonNull @Size(max = Bounds.LIST_ITEMS) List<@NonNull ApplicantType> applicantTypes,
        @Size(max = Bounds.PROCEDURE_SECTION) String steps,
        @Size(max = Bounds.PROCEDURE_SECTION) String conditions,
        @Size(max = Bounds.PROCEDURE_SECTION) String legalBasis,
        @Size(max = Bounds.PROCEDURE_SECTION) String resultType,
        @NonNull OnlineLevel onlineLevel,
        @Size(max = Bounds.PUBLICATION_DECISION) String publicationDecision,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Boolean hasAppointment,
        @Size(max = Bounds.LIST_ITEMS) @Description("The file types its papers may be; all three when left out")
        List<FileType> acceptedFileTypes,
        @NonNull @Size(max = Bounds.LIST_ITEMS) List<@NonNull @Valid ChannelInput> channels,
        @Size(max = Bounds.LIST_ITEMS) List<@Valid DocumentInput> documents,
        @Size(max = Bounds.LIST_ITEMS) List<@Valid CaseInput> cases) {

    ProcedureCommand toCommand() {
        return new ProcedureCommand(code, name, agencyCode, fieldCode, level, applicantTypes, steps, conditions,
                legalBasis, resultType, onlineLevel, publicationDecision, effectiveFrom, effectiveTo, hasAppointment,
                acceptedFileTypes,
                channels == null ? null : channels.stream().map(c -> new ProcedureCommand.ChannelTerms(c.channel(),
                        c.processingDays(), c.processingHours(), c.feeVnd(), c.feeNote())).toList(),
                documents == null ? null : documents.stream().map(d -> d == null ? null
                        : new ProcedureCommand.Document(d.name(), d.originals(), d.copies(), d.templateUrl(),
                                d.casePosition())).toList(),
                cases == null ? null : cases.stream().map(c -> c == null ? null
                        : new ProcedureCommand.CaseVariant(c.name(), c.processingDays(), c.processingHours(),
                                c.feeVnd())).toList());
    }

    @Input("ProcedureChannelInput")
    public record ChannelInput(@NonNull Channel channel,
            @NonNull @Min(0) @Max(Bounds.PROCESSING_DAYS) Integer processingDays,
            @Min(1) @Max(Bounds.PROCESSING_HOURS) @Description("Working hours, for procedures timed in hours;"
                    + " processingDays is then 0") Integer processingHours,
            @Min(0) @Max(Bounds.AMOUNT_VND) Long feeVnd, @Size(max = Bounds.FEE_NOTE) String feeNote) {
    }

    @Input("RequiredDocumentInput")
    public record DocumentInput(@NonNull @Size(max = Bounds.PROCEDURE_TEXT) String name,
            @Min(0) @Max(Bounds.COPIES) Integer originals, @Min(0) @Max(Bounds.COPIES) Integer copies,
            @Size(max = Bounds.URL) String templateUrl,
            @Min(1) @Max(Bounds.LIST_ITEMS) @Description("The case (its position in cases, from 1) that asks for it;"
                    + " left out: every case") Integer casePosition) {
    }

    @Input("ProcedureCaseInput")
    public record CaseInput(@NonNull @Size(max = Bounds.PROCEDURE_TEXT) String name,
            @Min(0) @Max(Bounds.PROCESSING_DAYS) Integer processingDays,
            @Min(1) @Max(Bounds.PROCESSING_HOURS) @Description("Working hours, for a case timed in hours")
            Integer processingHours,
            @Min(0) @Max(Bounds.AMOUNT_VND) @Description("The case's own fee, in place of the channel's") Long feeVnd) {
    }
}
