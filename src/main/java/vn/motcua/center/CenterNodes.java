package vn.motcua.center;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.motcua.common.NodeResolver;

/** Centers are public. */
@ApplicationScoped
public class CenterNodes implements NodeResolver {

    @Override
    public String type() {
        return Center.TYPE;
    }

    @Override
    public Optional<Center> load(long id) {
        return Center.findByIdOptional(id);
    }
}
