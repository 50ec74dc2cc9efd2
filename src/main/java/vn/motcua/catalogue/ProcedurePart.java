package vn.motcua.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.microprofile.graphql.Ignore;

/** A row that belongs to one procedure version (channel, document, case); its keys stay internal. */
@MappedSuperclass
public abstract class ProcedurePart extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;
    @Ignore
    @Column(name = "procedure_id")
    public Long procedureId;
}
