package vn.motcua.dossier.graphql;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.motcua.common.Bounds;
import vn.motcua.common.Mutations;
import vn.motcua.common.Page;
import vn.motcua.common.NotFoundException;
import vn.motcua.common.graphql.CodedErrors;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.PublicDossierStatus;
import vn.motcua.dossier.graphql.DossierPayloads.DossierPayload;
import vn.motcua.dossier.graphql.DossierPayloads.ReceivePayload;
import vn.motcua.dossier.service.DossierLive;
import vn.motcua.dossier.service.DossierQueries;
import vn.motcua.dossier.service.DossierService;
import vn.motcua.security.Roles;

/** Dossier intake, lifecycle and tracking. What each caller reaches is decided in the services. */
@GraphQLApi
@CodedErrors
public class DossierGraphQL {

    @Inject
    DossierService dossiers;
    @Inject
    DossierQueries queries;
    @Inject
    DossierLive live;
    @Inject
    CurrentVertxRequest request;

    @Query
    @PermitAll
    @Description("Public status for anyone holding the receipt: code plus the secret printed on it. No personal data;"
            + " an unknown code and a wrong secret answer alike, and wrong tries are throttled (RATE_LIMITED).")
    public @NonNull PublicDossierStatus dossierStatus(@NonNull @Size(max = Bounds.DOSSIER_CODE) String code,
            @NonNull @Size(max = Bounds.LOOKUP_SECRET) String secret) {
        return queries.publicStatus(code, secret, request.getCurrent().request().remoteAddress().hostAddress());
    }

    @Subscription
    @RolesAllowed({ Roles.COUNTER_OFFICER, Roles.DEPARTMENT_OFFICER, Roles.PARTNER_AGENCY, Roles.CENTER_MANAGER })
    @Description("The changes of the dossiers the caller may read, as they commit on any instance: an agency hears"
            + " the dossiers it holds after the change (one transferred to it, a supplement received), counter"
            + " officers and managers their center's. Over WebSocket (graphql-transport-ws), with the token in the"
            + " upgrade's Authorization header or the connection_init payload's Authorization.")
    public Multi<DossierChange> dossierChanged() {
        return live.changes();
    }

    @Query
    @Authenticated
    @Description("A dossier by its code, if the caller may see it (their own, their agency's, any for the center)")
    public Dossier dossier(@NonNull @Size(max = Bounds.DOSSIER_CODE) String code) {
        return queries.visibleByCode(code).orElseThrow(() -> new NotFoundException("No dossier " + code));
    }

    @Query
    @RolesAllowed(Roles.CITIZEN)
    @Description("The signed-in citizen's own dossiers (filed under the token's identity number), due first")
    public @NonNull DossierPayloads.Connection myDossiers(@NonNull @Min(1) @Max(Page.MAX_PAGE_SIZE) int first,
            @Size(max = Bounds.OPAQUE_ID) String after) {
        return DossierPayloads.Connection.of(queries.myDossiers(first, after));
    }

    @Query
    @RolesAllowed({ Roles.COUNTER_OFFICER, Roles.DEPARTMENT_OFFICER, Roles.PARTNER_AGENCY, Roles.CENTER_MANAGER })
    @Description("Work list, legal due date first: officers and managers see their center's dossiers, department"
            + " officers and partner agencies only those currently with their agency. The filter only narrows.")
    public @NonNull DossierPayloads.Connection dossiers(@Valid DossierInputs.Filter filter,
            @NonNull @Min(1) @Max(Page.MAX_PAGE_SIZE) int first, @Size(max = Bounds.OPAQUE_ID) String after) {
        return DossierPayloads.Connection.of(queries.workList(DossierInputs.Filter.toFilter(filter), first, after));
    }

    @Mutation
    @RolesAllowed({ Roles.COUNTER_OFFICER, Roles.CENTER_MANAGER })
    @Description("Receives a dossier at a counter (or by post): returns the receipt with code, appointment and secret")
    public @NonNull ReceivePayload receiveDossier(@NonNull @Valid DossierInputs.Receive input) {
        return Mutations.run(() -> new ReceivePayload(dossiers.receive(input.toCommand()), List.of()),
                errors -> new ReceivePayload(null, errors));
    }

    @Mutation
    @RolesAllowed(Roles.CITIZEN)
    @Description("Submits a dossier online; it waits as SUBMITTED until an officer accepts or refuses it")
    public @NonNull ReceivePayload submitDossier(@NonNull @Valid DossierInputs.Submit input) {
        return Mutations.run(() -> new ReceivePayload(dossiers.submitOnline(input.toCommand()), List.of()),
                errors -> new ReceivePayload(null, errors));
    }

    @Mutation
    @RolesAllowed({ Roles.COUNTER_OFFICER, Roles.CENTER_MANAGER })
    public @NonNull DossierPayload acceptDossier(@NonNull @Valid DossierInputs.Action input) {
        return run(() -> dossiers.accept(input.toCommand()));
    }

    @Mutation
    @RolesAllowed({ Roles.COUNTER_OFFICER, Roles.CENTER_MANAGER })
    public @NonNull DossierPayload refuseDossier(@NonNull @Valid DossierInputs.Refuse input) {
        return run(() -> dossiers.refuse(input.toCommand()));
    }

    @Mutation
    @RolesAllowed({ Roles.COUNTER_OFFICER, Roles.DEPARTMENT_OFFICER, Roles.PARTNER_AGENCY, Roles.CENTER_MANAGER })
    @Description("Hands the dossier to an agency (one-stop inter-agency); it stays PROCESSING")
    public @NonNull DossierPayload transferDossier(@NonNull @Valid DossierInputs.Transfer input) {
        return run(() -> dossiers.transfer(input.toCommand()));
    }

    @Mutation
    @RolesAllowed({ Roles.DEPARTMENT_OFFICER, Roles.PARTNER_AGENCY, Roles.CENTER_MANAGER })
    @Description("Asks the applicant for missing items; the deadline clock stops until they arrive")
    public @NonNull DossierPayload requestSupplement(@NonNull @Valid DossierInputs.RequestSupplement input) {
        return run(() -> dossiers.requestSupplement(input.toCommand()));
    }

    @Mutation
    @RolesAllowed({ Roles.COUNTER_OFFICER, Roles.DEPARTMENT_OFFICER, Roles.PARTNER_AGENCY, Roles.CENTER_MANAGER })
    @Description("The supplement arrived: processing resumes and the appointment moves by the days waited")
    public @NonNull DossierPayload receiveSupplement(@NonNull @Valid DossierInputs.Action input) {
        return run(() -> dossiers.receiveSupplement(input.toCommand()));
    }

    @Mutation
    @RolesAllowed({ Roles.DEPARTMENT_OFFICER, Roles.PARTNER_AGENCY, Roles.CENTER_MANAGER })
    public @NonNull DossierPayload requestPayment(@NonNull @Valid DossierInputs.RequestPayment input) {
        return run(() -> dossiers.requestPayment(input.toCommand()));
    }

    @Mutation
    @RolesAllowed({ Roles.DEPARTMENT_OFFICER, Roles.PARTNER_AGENCY, Roles.CENTER_MANAGER })
    public @NonNull DossierPayload confirmPayment(@NonNull @Valid DossierInputs.Action input) {
        return run(() -> dossiers.confirmPayment(input.toCommand()));
    }

    @Mutation
    @RolesAllowed({ Roles.DEPARTMENT_OFFICER, Roles.PARTNER_AGENCY, Roles.CENTER_MANAGER })
    @Description("Processing is done and the result is ready to return")
    public @NonNull DossierPayload recordResult(@NonNull @Valid DossierInputs.Action input) {
        return run(() -> dossiers.recordResult(input.toCommand()));
    }

    @Mutation
    @RolesAllowed({ Roles.COUNTER_OFFICER, Roles.CENTER_MANAGER })
    public @NonNull DossierPayload returnResult(@NonNull @Valid DossierInputs.ReturnResult input) {
        return run(() -> dossiers.returnResult(input.toCommand()));
    }

    @Mutation
    @RolesAllowed({ Roles.CITIZEN, Roles.COUNTER_OFFICER })
    @Description("The applicant withdraws the dossier: a signed-in citizen their own, or a counter officer records"
            + " it at the applicant's request")
    public @NonNull DossierPayload withdrawDossier(@NonNull @Valid DossierInputs.Action input) {
        return run(() -> dossiers.withdraw(input.toCommand()));
    }

    @Mutation
    @RolesAllowed({ Roles.DEPARTMENT_OFFICER, Roles.PARTNER_AGENCY, Roles.CENTER_MANAGER })
    public @NonNull DossierPayload stopDossier(@NonNull @Valid DossierInputs.Stop input) {
        return run(() -> dossiers.stop(input.toCommand()));
    }

    @Mutation
    @RolesAllowed({ Roles.DEPARTMENT_OFFICER, Roles.PARTNER_AGENCY, Roles.CENTER_MANAGER })
    @Description("Apology letter with a new promised date; the legal due date stays, and earlier dates stay on record")
    public @NonNull DossierPayload issueApology(@NonNull @Valid DossierInputs.Apology input) {
        return run(() -> dossiers.issueApology(input.toCommand()));
    }

    // named explicitly: MicroProfile GraphQL would drop the "set" of the method's name
    // named explicitly: MicroProfile GraphQL would drop the "set" of the method's name
    @Mutation("setDossierNotifications")
    @RolesAllowed({ Roles.CITIZEN, Roles.COUNTER_OFFICER })
    @Description("How the applicant is told when the dossier moves; an empty list opts out. The applicant's own"
            + " choice, in the app or at the counter")
    public @NonNull DossierPayloads.NotificationsPayload setDossierNotifications(
            @NonNull @Valid DossierInputs.Notify input) {
        return Mutations.run(() -> new DossierPayloads.NotificationsPayload(dossiers.setNotifications(input.toCommand()),
                List.of()), errors -> new DossierPayloads.NotificationsPayload(null, errors));
    }

    @Mutation
    @RolesAllowed(Roles.CITIZEN)
    @Description("The applicant rates a finished dossier, once")
    public @NonNull DossierPayload rateDossier(@NonNull @Valid DossierInputs.Rate input) {
        return run(() -> dossiers.rate(input.toCommand()));
    }

    private static DossierPayload run(Supplier<Dossier> write) {
        return Mutations.run(() -> new DossierPayload(write.get(), List.of()), errors -> new DossierPayload(null, errors));
    }
}
