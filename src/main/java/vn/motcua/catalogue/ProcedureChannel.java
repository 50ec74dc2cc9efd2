package vn.motcua.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "procedure_channel")
@Description("A channel through which a procedure can be filed, with its own processing time and fee")
public class ProcedureChannel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;
    @Ignore
    @Column(name = "procedure_id")
    public Long procedureId;
    @NonNull
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @NonNull
    @Description("Processing time in working days (0: settled the same day)")
    public int processingDays;
    @NonNull
    @Description("Fee in Vietnamese đồng")
    public long feeVnd;
    public String feeNote;
}
