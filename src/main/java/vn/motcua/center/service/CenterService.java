package vn.motcua.center.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.motcua.center.Center;
import vn.motcua.center.CenterTier;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.UserErrorException;
import vn.motcua.common.Validation;
import vn.motcua.common.time.CenterClock;
import vn.motcua.security.Caller;
import vn.motcua.security.CallerScope;
import vn.motcua.security.Operation;
import vn.motcua.security.Reach;

/**
 * Centers are data: a new center or branch is added here, never in code. The deployment's administrator
 * adds any center; a center's manager adds branches of their own center.
 */
@ApplicationScoped
public class CenterService {

    @Inject
    CenterClock clock;
    @Inject
    Caller caller;
    @Inject
    CallerScope scope;

    public record CreateCenter(String code, String name, String province, String address, String parentCode,
            CenterTier tier, boolean receivesProvincial) {
    }

    @Transactional
    public Center createCenter(CreateCenter command) {
        if (!caller.reach(Operation.CREATE_CENTER).contains(Reach.ALL) && command.parentCode() == null) {
            throw new UserErrorException("input.parentCode", ErrorCode.INVALID,
                    "A center's manager adds branches of their own center: name it as the parent");
        }
        Validation v = new Validation()
                .notBlank(command.code(), "input.code")
                .notBlank(command.name(), "input.name")
                .notBlank(command.province(), "input.province");
        v.require(command.code() == null || Center.findByCode(command.code().trim()).isEmpty(), "input.code",
                ErrorCode.ALREADY_EXISTS, "A center with code " + command.code() + " exists already");
        Optional<Center> parent = Optional.ofNullable(command.parentCode()).flatMap(Center::findByCode)
                .filter(p -> scope.reaches(Operation.CREATE_CENTER, p.id));
        v.require(command.parentCode() == null || parent.isPresent(), "input.parentCode", ErrorCode.NOT_FOUND,
                "No center with code " + command.parentCode());
        v.require(command.tier() == CenterTier.COMMUNE || !command.receivesProvincial(), "input.receivesProvincial",
                ErrorCode.INVALID, "A provincial center receives every level already");
        v.throwIfInvalid();
        Center center = new Center();
        center.code = command.code().trim();
        center.name = command.name().trim();
        center.province = command.province().trim();
        center.address = command.address();
        center.parentId = parent.map(p -> p.id).orElse(null);
        center.tier = command.tier();
        center.receivesProvincial = command.receivesProvincial();
        center.createdAt = clock.now();
        center.persist();
        return center;
    }
}
