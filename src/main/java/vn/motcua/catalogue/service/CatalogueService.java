package vn.motcua.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.motcua.catalogue.Agency;
import vn.motcua.catalogue.ApplicantType;
import vn.motcua.catalogue.Channel;
import vn.motcua.catalogue.Field;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCase;
import vn.motcua.catalogue.ProcedureChannel;
import vn.motcua.catalogue.ProcedureStatus;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.SearchText;
import vn.motcua.common.UserErrorException;
import vn.motcua.common.Validation;
import vn.motcua.common.time.CenterClock;

/**
 * Catalogue upkeep. A procedure's published version is never edited: updates go to a DRAFT version,
 * publishing it supersedes the previous one, and retiring takes the procedure out of the catalogue.
 * Each method is one transaction; a refusal throws {@link UserErrorException} and changes nothing.
 */
@ApplicationScoped
public class CatalogueService {

    @Inject
    CenterClock clock;

    @Transactional
    public Procedure createProcedure(ProcedureCommand input) {
        Validation validation = validate(input);
        validation.require(Procedure.findLatestVersion(input.code()).isEmpty(), "input.code", ErrorCode.ALREADY_EXISTS,
                "A procedure with code " + input.code() + " exists already; update it instead");
        validation.throwIfInvalid();
        return saveVersion(input, 1);
    }

    /** Drafts the next version of a procedure, or rewrites the draft when the latest version is one. */
    @Transactional
    public Procedure updateProcedure(ProcedureCommand input) {
        Validation validation = validate(input);
        Optional<Procedure> latest = Procedure.findLatestVersion(input.code());
        validation.require(latest.isPresent(), "input.code", ErrorCode.NOT_FOUND, "No procedure with code " + input.code());
        validation.throwIfInvalid();
        Procedure previous = latest.get();
        if (previous.status == ProcedureStatus.DRAFT) {
            deleteChildren(previous.id);
            previous.delete();
            previous.flush();
            return saveVersion(input, previous.version);
        }
        return saveVersion(input, previous.version + 1);
    }

    @Transactional
    public Procedure publishProcedure(String code, int version) {
        Procedure draft = Procedure.findVersion(code, version).orElseThrow(
                () -> new UserErrorException("input.version", ErrorCode.NOT_FOUND, "No version " + version + " of " + code));
        if (draft.status != ProcedureStatus.DRAFT) {
            throw new UserErrorException("input.version", ErrorCode.INVALID,
                    "Version " + version + " of " + code + " is " + draft.status + ", only a DRAFT can be published");
        }
        LocalDate today = clock.utcToday();
        Procedure.findPublished(code).ifPresent(current -> {
            current.status = ProcedureStatus.SUPERSEDED;
            if (current.effectiveTo == null) {
                // a successor taking effect later leaves this version in effect until the day before
                current.effectiveTo = draft.effectiveFrom != null && draft.effectiveFrom.isAfter(today)
                        ? draft.effectiveFrom.minusDays(1) : today;
            }
            // the partial unique index allows one PUBLISHED row: demote before promoting
            current.flush();
        });
        draft.status = ProcedureStatus.PUBLISHED;
        draft.publishedAt = clock.now();
        if (draft.effectiveFrom == null) {
            draft.effectiveFrom = today;
        }
        return draft;
    }

    @Transactional
    public Procedure retireProcedure(String code, LocalDate effectiveTo) {
        Procedure current = Procedure.findPublished(code).orElseThrow(
                () -> new UserErrorException("input.code", ErrorCode.NOT_FOUND, "No published procedure with code " + code));
        LocalDate today = clock.utcToday();
        current.effectiveTo = effectiveTo != null ? effectiveTo : today;
        // a retirement dated later is announced now and takes effect after its last day (availabilityOn)
        if (!current.effectiveTo.isAfter(today)) {
            current.status = ProcedureStatus.RETIRED;
        }
        return current;
    }

    private Validation validate(ProcedureCommand input) {
        Validation v = new Validation()
                .notBlank(input.code(), "input.code")
                .notBlank(input.name(), "input.name")
                .require(input.applicantTypes() != null && !input.applicantTypes().isEmpty(), "input.applicantTypes",
                        ErrorCode.INVALID, "Name at least one applicant type")
                .require(input.acceptedFileTypes() == null || !input.acceptedFileTypes().isEmpty()
                        && input.acceptedFileTypes().stream().noneMatch(Objects::isNull),
                        "input.acceptedFileTypes", ErrorCode.INVALID, "Accept at least one file type, or leave it out")
                .require(input.channels() != null && !input.channels().isEmpty(), "input.channels", ErrorCode.INVALID,
                        "A procedure needs at least one channel")
                .require(input.effectiveFrom() == null || input.effectiveTo() == null
                        || !input.effectiveTo().isBefore(input.effectiveFrom()), "input.effectiveTo", ErrorCode.INVALID,
                        "effectiveTo must not be before effectiveFrom");
        Optional<Agency> agency = Agency.findByCode(input.agencyCode());
        Optional<Field> field = Field.findByCode(input.fieldCode());
        v.require(agency.isPresent(), "input.agencyCode", ErrorCode.NOT_FOUND, "No agency with code " + input.agencyCode());
        v.require(field.isPresent(), "input.fieldCode", ErrorCode.NOT_FOUND, "No field with code " + input.fieldCode());
        if (agency.isPresent() && field.isPresent()) {
            v.require(field.get().agencyId.equals(agency.get().id), "input.fieldCode", ErrorCode.INVALID,
                    "Field " + input.fieldCode() + " does not belong to agency " + input.agencyCode());
        }
        Set<Channel> seen = EnumSet.noneOf(Channel.class);
        List<ProcedureCommand.ChannelTerms> channels = input.channels() == null ? List.of() : input.channels();
        for (int i = 0; i < channels.size(); i++) {
            ProcedureCommand.ChannelTerms channel = channels.get(i);
            String path = "input.channels[" + i + "]";
            v.require(seen.add(channel.channel()), path + ".channel", ErrorCode.INVALID,
                    "Channel " + channel.channel() + " is listed twice");
            v.require(channel.processingHours() == null || channel.processingDays() == 0, path + ".processingHours",
                    ErrorCode.INVALID, "A processing time is in days or in hours: give processingDays 0 with hours");
        }
        List<ProcedureCommand.Document> documents = input.documents() == null ? List.of() : input.documents();
        for (int i = 0; i < documents.size(); i++) {
            String path = "input.documents[" + i + "]";
            if (documents.get(i) == null) {
                v.require(false, path, ErrorCode.INVALID, "A required document must be described, not null");
                continue;
            }
            v.notBlank(documents.get(i).name(), path + ".name");
            Integer casePosition = documents.get(i).casePosition();
            v.require(casePosition == null || input.cases() != null && casePosition <= input.cases().size(),
                    path + ".casePosition", ErrorCode.INVALID, "No case " + casePosition + " among the procedure's cases");
        }
        List<ProcedureCommand.CaseVariant> cases = input.cases() == null ? List.of() : input.cases();
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i) == null) {
                v.require(false, "input.cases[" + i + "]", ErrorCode.INVALID, "A case variant must be described, not null");
                continue;
            }
            v.notBlank(cases.get(i).name(), "input.cases[" + i + "].name");
            v.require(cases.get(i).processingHours() == null || cases.get(i).processingDays() == null,
                    "input.cases[" + i + "].processingHours", ErrorCode.INVALID,
                    "A processing time is in days or in hours, not both");
        }
        return v;
    }

    private Procedure saveVersion(ProcedureCommand input, int version) {
        Procedure p = new Procedure();
        p.code = input.code().trim();
        p.version = version;
        p.status = ProcedureStatus.DRAFT;
        p.name = input.name().trim();
        p.searchText = SearchText.fold(p.name + " " + p.code);
        p.agencyId = Agency.findByCode(input.agencyCode()).orElseThrow().id;
        p.fieldId = Field.findByCode(input.fieldCode()).orElseThrow().id;
        p.level = input.level();
        p.forCitizens = input.applicantTypes().contains(ApplicantType.CITIZEN);
        p.forOrganisations = input.applicantTypes().contains(ApplicantType.ORGANISATION);
        p.steps = input.steps();
        p.conditions = input.conditions();
        p.legalBasis = input.legalBasis();
        p.resultType = input.resultType();
        p.onlineLevel = input.onlineLevel();
        p.publicationDecision = input.publicationDecision();
        p.effectiveFrom = input.effectiveFrom();
        p.effectiveTo = input.effectiveTo();
        p.hasAppointment = input.hasAppointment() == null || input.hasAppointment();
        if (input.acceptedFileTypes() != null) {
            p.acceptedFileTypes = new ArrayList<>(EnumSet.copyOf(input.acceptedFileTypes()));
        }
        p.createdAt = clock.now();
        p.persist();
        for (ProcedureCommand.ChannelTerms c : input.channels()) {
            ProcedureChannel channel = new ProcedureChannel();
            channel.procedureId = p.id;
            channel.channel = c.channel();
            channel.processingDays = c.processingDays();
            channel.processingHours = c.processingHours();
            channel.feeVnd = c.feeVnd() == null ? 0 : c.feeVnd();
            channel.feeNote = c.feeNote();
            channel.persist();
        }
        List<ProcedureCommand.Document> documents = input.documents() == null ? List.of() : input.documents();
        for (int i = 0; i < documents.size(); i++) {
            ProcedureCommand.Document d = documents.get(i);
            RequiredDocument document = new RequiredDocument();
            document.procedureId = p.id;
            document.position = i + 1;
            document.name = d.name().trim();
            document.originals = d.originals() == null ? 0 : d.originals();
            document.copies = d.copies() == null ? 0 : d.copies();
            document.templateUrl = d.templateUrl();
            document.casePosition = d.casePosition();
            document.persist();
        }
        List<ProcedureCommand.CaseVariant> cases = input.cases() == null ? List.of() : input.cases();
        for (int i = 0; i < cases.size(); i++) {
            ProcedureCase variant = new ProcedureCase();
            variant.procedureId = p.id;
            variant.position = i + 1;
            variant.name = cases.get(i).name().trim();
            variant.processingDays = cases.get(i).processingDays();
            variant.processingHours = cases.get(i).processingHours();
            variant.feeVnd = cases.get(i).feeVnd();
            variant.persist();
        }
        return p;
    }

    private void deleteChildren(Long procedureId) {
        ProcedureChannel.delete("procedureId", procedureId);
        RequiredDocument.delete("procedureId", procedureId);
        ProcedureCase.delete("procedureId", procedureId);
    }
}
