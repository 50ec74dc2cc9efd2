package vn.motcua.common;

/** Arguments that can never be right (a cursor we did not issue, a page size over the cap). */
@io.smallrye.graphql.api.ErrorCode("BAD_USER_INPUT")
public class BadInputException extends ApiException {

    public BadInputException(String message) {
        super(message);
    }
}
