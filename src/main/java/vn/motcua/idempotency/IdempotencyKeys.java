package vn.motcua.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import vn.motcua.common.ErrorCode;
import vn.motcua.common.UserErrorException;
import vn.motcua.common.time.CenterClock;
import vn.motcua.security.Caller;
import vn.motcua.security.Operation;

/**
 * Makes a retried write happen once. Within the write's own transaction, the key is claimed by inserting
 * its row: a concurrent duplicate waits on that row until the first commits (or rolls back), then finds it.
 * The same key with the same input answers the first result again; with another input it is refused.
 * Keys belong to the caller (the token's subject, or a partner's client id) and are kept for a while.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** What every input's {@code idempotencyKey} says of itself in the schema. */
    public static final String KEY_DESCRIPTION = "Makes a retry happen once: the same key and input answer the first"
            + " result again";

    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    CenterClock clock;
    @Inject
    IdempotencyConfig config;

    /**
     * Runs {@code write} once per key: {@code idOf} names what it produced, {@code replay} rebuilds the
     * answer from that id for a repeat. Without a key the write simply runs.
     */
    public <T> T once(Operation operation, String key, Object command, Supplier<T> write, Function<T, Long> idOf,
            LongFunction<T> replay) {
        if (key == null) {
            return write.get();
        }
        if (key.isBlank()) {
            throw new UserErrorException("input.idempotencyKey", ErrorCode.INVALID, "An idempotency key must not be blank");
        }
        String owner = caller.name();
        String hash = hash(operation + "\n" + command);
        em.createNativeQuery("delete from idempotency_key where caller = :caller and created_at < :expired")
                .setParameter("caller", owner).setParameter("expired", clock.now().minus(config.keep())).executeUpdate();
        int claimed = em.createNativeQuery("""
                insert into idempotency_key (caller, key, operation, request_hash, created_at)
                values (:caller, :key, :operation, :hash, :now) on conflict do nothing""")
                .setParameter("caller", owner).setParameter("key", key).setParameter("operation", operation.name())
                .setParameter("hash", hash).setParameter("now", clock.now()).executeUpdate();
        if (claimed == 1) {
            T result = write.get();
            em.createNativeQuery("update idempotency_key set result_id = :id where caller = :caller and key = :key")
                    .setParameter("id", idOf.apply(result)).setParameter("caller", owner).setParameter("key", key)
                    .executeUpdate();
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> first = em.createNativeQuery("select operation, request_hash, result_id from idempotency_key"
                + " where caller = :caller and key = :key", Tuple.class).setParameter("caller", owner)
                .setParameter("key", key).getResultList();
        Tuple row = first.get(0);
        if (!operation.name().equals(row.get("operation", String.class)) || !hash.equals(row.get("request_hash", String.class))
                || row.get("result_id") == null) {
            throw new UserErrorException("input.idempotencyKey", ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "This idempotency key was used for another request; use a new key for a new request");
        }
        return replay.apply(row.get("result_id", Number.class).longValue());
    }

    private static String hash(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
