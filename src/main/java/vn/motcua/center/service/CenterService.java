package vn.motcua.center.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import vn.motcua.center.Center;
import vn.motcua.center.graphql.CenterInput;
import vn.motcua.common.Validation;

/** Centers are data: a new center or branch is added here, never in code. */
@ApplicationScoped
public class CenterService {

    @Transactional
    public Center createCenter(CenterInput input) {
        Validation v = new Validation()
                .notBlank(input.code(), "input.code")
                .notBlank(input.name(), "input.name")
                .notBlank(input.province(), "input.province");
        v.require(input.code() == null || Center.findByCode(input.code().trim()).isEmpty(), "input.code",
                Validation.ALREADY_EXISTS, "A center with code " + input.code() + " exists already");
        Optional<Center> parent = input.parentCode() == null ? Optional.empty() : Center.findByCode(input.parentCode());
        v.require(input.parentCode() == null || parent.isPresent(), "input.parentCode", Validation.NOT_FOUND,
                "No center with code " + input.parentCode());
        v.throwIfInvalid();
        Center center = new Center();
        center.code = input.code().trim();
        center.name = input.name().trim();
        center.province = input.province().trim();
        center.address = input.address();
        center.parentId = parent.map(p -> p.id).orElse(null);
        center.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        center.persist();
        return center;
    }
}
