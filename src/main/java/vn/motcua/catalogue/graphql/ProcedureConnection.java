package vn.motcua.catalogue.graphql;

import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.graphql.NonNull;
import vn.motcua.catalogue.Procedure;
import vn.motcua.common.Page;
import vn.motcua.common.PageInfo;

public record ProcedureConnection(@NonNull List<@NonNull ProcedureEdge> edges, @NonNull PageInfo pageInfo,
        @NonNull Long totalCount) {

    static ProcedureConnection of(Page<Procedure> page) {
        List<ProcedureEdge> edges = IntStream.range(0, page.items().size())
                .mapToObj(i -> new ProcedureEdge(page.cursorOf(i), page.items().get(i))).toList();
        return new ProcedureConnection(edges, page.pageInfo(), page.totalCount());
    }
}
