package io.migrationlsp.lsp;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * The spec's lifecycle: requests before initialize answer ServerNotInitialized, after shutdown
 * InvalidRequest; {@code exit} ends the process with 0 after shutdown and 1 without.
 */
final class Lifecycle {
    enum State { STARTING, RUNNING, SHUT_DOWN }

    private volatile State state = State.STARTING;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();

    State state() {
        return state;
    }

    void running() {
        state = State.RUNNING;
    }

    void shutDown() {
        state = State.SHUT_DOWN;
    }

    /** Completes the exit code once; a later exit (or parent death) changes nothing. */
    void exit() {
        exitCode.complete(state == State.SHUT_DOWN ? 0 : 1);
    }

    CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    boolean acceptsNotifications() {
        return state == State.RUNNING;
    }

    /** Null when a request may run now, else the error to answer it with. */
    ResponseErrorException refusal() {
        return switch (state) {
            case RUNNING -> null;
            case STARTING -> new ResponseErrorException(new ResponseError(ResponseErrorCode.ServerNotInitialized,
                    "the server is not initialized yet", null));
            case SHUT_DOWN -> new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest,
                    "the server is shut down", null));
        };
    }
}
