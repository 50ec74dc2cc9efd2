package vn.motcua.dossier.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Throttles guessing at the public look-up: wrong secrets (and unknown codes, which must look the same)
 * use up a per-address and a per-code allowance that refills each window. A right secret costs nothing.
 * Each key's limiter is resilience4j's; idle keys are forgotten, so memory stays bounded.
 */
@ApplicationScoped
public class LookupThrottle {

    private static final int MAX_KEYS = 100_000;

    private final Cache<String, RateLimiter> limiters;
    private final RateLimiterConfig perAddress;
    private final RateLimiterConfig perCode;

    @Inject
    public LookupThrottle(LookupConfig config) {
        this.perAddress = allowance(config.failuresPerAddress(), config.window());
        this.perCode = allowance(config.failuresPerCode(), config.window());
        this.limiters = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(config.window().multipliedBy(2))
                .build();
    }

    private static RateLimiterConfig allowance(int failures, Duration window) {
        return RateLimiterConfig.custom().limitForPeriod(failures).limitRefreshPeriod(window)
                .timeoutDuration(Duration.ZERO).build();
    }

    /** Whether this address may still try this code; keys that never failed cost nothing (the hot path). */
    public boolean allows(String address, String code) {
        return hasTriesLeft(addressKey(address)) && hasTriesLeft(codeKey(code));
    }

    private boolean hasTriesLeft(String key) {
        RateLimiter limiter = limiters.getIfPresent(key);
        return limiter == null || limiter.getMetrics().getAvailablePermissions() > 0;
    }

    /** A wrong secret or an unknown code: one less try for the address and for the code. */
    public void failed(String address, String code) {
        address(address).acquirePermission();
        code(code).acquirePermission();
    }

    private RateLimiter address(String address) {
        return limiters.get(addressKey(address), key -> RateLimiter.of(key, perAddress));
    }

    private RateLimiter code(String code) {
        return limiters.get(codeKey(code), key -> RateLimiter.of(key, perCode));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String codeKey(String code) {
        return "code:" + code;
    }
}
