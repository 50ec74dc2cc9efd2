package vn.motcua.common;

import java.util.Optional;

/**
 * Loads one node type for {@code node(id:)}. Each domain provides its own, and applies there the
 * same access rules as its other queries: a node the caller may not see is reported as not found.
 */
public interface NodeResolver {

    String type();

    Optional<? extends Node> load(long id);
}
