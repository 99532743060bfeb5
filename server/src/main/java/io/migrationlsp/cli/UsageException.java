package io.migrationlsp.cli;

/** A problem with how the CLI was called or with a path it was given: one line on stderr and exit code 2. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
