package vn.motcua.common;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.util.Map;

/** JSON text read through one reader factory: {@code Json.createReader} runs a ServiceLoader on every call. */
public final class JsonText {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonText() {
    }

    public static JsonObject object(String text) {
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(String text) {
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readArray();
        }
    }
}
