package vn.motcua.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "dossier_appointment")
@Description("An appointment date a dossier had, and why it was set")
public class DossierAppointment extends DossierRecord {

    @NonNull
    public LocalDate appointmentDate;
    @Description("The time, for procedures timed in working hours")
    public OffsetDateTime appointmentAt;
    @NonNull
    @Enumerated(EnumType.STRING)
    public AppointmentReason reason;
    public String note;
    @NonNull
    public OffsetDateTime setAt;
    @Ignore
    public String setBy;
}
