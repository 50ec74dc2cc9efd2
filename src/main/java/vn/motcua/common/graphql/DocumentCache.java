package vn.motcua.common.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Keeps the documents that parsed and validated, by their text: the apps send the same few operations with
 * different variables, so each is parsed and validated once, not on every call. Only clean documents are
 * kept, so a refused one is refused again in full. What depends on the variables (cost, depth, argument
 * checks) still runs on every call; the request-shape check is a property of the text and passed before
 * the document was kept.
 */
public final class DocumentCache implements PreparsedDocumentProvider {

    private final Cache<String, PreparsedDocumentEntry> documents;

    public DocumentCache(int maximumDocuments) {
        this.documents = Caffeine.newBuilder().maximumSize(maximumDocuments).build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry known = documents.getIfPresent(input.getQuery());
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            documents.put(input.getQuery(), entry);
        }
        return CompletableFuture.completedFuture(entry);
    }
}
