package vn.motcua.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real graphql-transport-ws client over a WebSocket, as the display board and the app use. */
public final class GraphQLSubscriber implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    public GraphQLSubscriber(URI graphqlEndpoint, String subscription) throws Exception {
        this(graphqlEndpoint, subscription, new JsonObject());
    }

    public GraphQLSubscriber(URI graphqlEndpoint, String subscription, JsonObject variables) throws Exception {
        this(graphqlEndpoint, subscription, variables, null);
    }

    /** Signed in as a browser does it: the token in connection_init's payload, not in a header. */
    public GraphQLSubscriber(URI graphqlEndpoint, String subscription, JsonObject variables, String token)
            throws Exception {
        HttpClient client = vertx.createHttpClient();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(graphqlEndpoint.getHost())
                .setPort(graphqlEndpoint.getPort()).setURI(graphqlEndpoint.getPath())
                .setSubProtocols(List.of("graphql-transport-ws"));
        socket = client.webSocket(options).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
        JsonObject init = new JsonObject().put("type", "connection_init");
        if (token != null) {
            init.put("payload", new JsonObject().put("Authorization", "Bearer " + token));
        }
        socket.writeTextMessage(init.encode());
        JsonObject ack = messages.poll(10, TimeUnit.SECONDS);
        if (ack == null || !"connection_ack".equals(ack.getString("type"))) {
            throw new IllegalStateException("no connection_ack: " + ack);
        }
        socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe")
                .put("payload", new JsonObject().put("query", subscription).put("variables", variables)).encode());
    }

    /** The data of the next {@code next} message, or null if none came in time. */
    public JsonObject next(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (System.nanoTime() < deadline) {
            JsonObject message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (message == null) {
                return null;
            }
            if ("next".equals(message.getString("type"))) {
                return message.getJsonObject("payload");
            }
            if ("error".equals(message.getString("type"))) {
                throw new IllegalStateException("subscription error: " + message);
            }
        }
        return null;
    }

    @Override
    public void close() {
        socket.close();
        vertx.close();
    }
}
