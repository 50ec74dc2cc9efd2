package vn.motcua.catalogue.service;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.catalogue.ApplicantType;
import vn.motcua.catalogue.Channel;
import vn.motcua.catalogue.OnlineLevel;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.document.FileType;

/** The full content of a procedure version, as a manager writes it. */
public record ProcedureCommand(String code, String name, String agencyCode, String fieldCode, ProcedureLevel level,
        List<ApplicantType> applicantTypes, String steps, String conditions, String legalBasis, String resultType,
        OnlineLevel onlineLevel, String publicationDecision, LocalDate effectiveFrom, LocalDate effectiveTo,
        Boolean hasAppointment, List<FileType> acceptedFileTypes, List<ChannelTerms> channels, List<Document> documents, List<CaseVariant> cases) {

    public record ChannelTerms(Channel channel, Integer processingDays, Integer processingHours, Long feeVnd,
            String feeNote) {
    }

    public record Document(String name, Integer originals, Integer copies, String templateUrl, Integer casePosition) {
    }

    public record CaseVariant(String name, Integer processingDays, Integer processingHours, Long feeVnd) {
    }
}
