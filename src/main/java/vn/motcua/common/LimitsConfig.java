package vn.motcua.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Bounds on what one request may ask, checked before any work starts (OWASP GraphQL Cheat Sheet): no
 * anonymous request may cost everyone else their answer.
 */
@ConfigMapping(prefix = "motcua.limits")
public interface LimitsConfig {

    /** Characters of one word of a search; the longest Vietnamese word has 7 letters, a code about 12. */
    @WithDefault("40")
    int searchWordCharacters();

    /** Words of a search. */
    @WithDefault("16")
    int searchWords();

    /** Aliased fields in one operation. */
    @WithDefault("20")
    int aliases();

    /** Directives in one document; a directive repeated on one node is refused outright. */
    @WithDefault("10")
    int directives();

    /** Characters of a whole document. */
    @WithDefault("100000")
    int documentCharacters();
}
