package vn.motcua.notification.service;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where a webhook or a message gateway (SMS, Zalo) may point. In production: https only, and never at a private, loopback, link-local or
 * unspecified address, so that a registered endpoint cannot be aimed at the center's own network (every
 * address the name resolves to is checked, at registration and again before each delivery).
 */
public final class WebhookAddresses {

    private WebhookAddresses() {
    }

    /** Why the URL is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("Not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            return Optional.of("The URL must be https");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            return Optional.of("The URL names a host, and no user or password");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isInternal(address)) {
                    return Optional.of("The URL may not point at a private, loopback or link-local address ("
                            + address.getHostAddress() + ")");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("The host " + uri.getHost() + " does not resolve");
        }
        return Optional.empty();
    }

    private static boolean isInternal(InetAddress address) {
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()
                // IPv6 unique local addresses, fc00::/7
                || address instanceof Inet6Address && (address.getAddress()[0] & 0xFE) == 0xFC
                // carrier-grade NAT, 100.64.0.0/10
                || address.getAddress().length == 4 && (address.getAddress()[0] & 0xFF) == 100
                        && (address.getAddress()[1] & 0xC0) == 64;
    }
}
