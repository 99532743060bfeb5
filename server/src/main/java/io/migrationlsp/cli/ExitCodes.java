package io.migrationlsp.cli;

/** The CLI's exit codes, which CI scripts rely on. */
public final class ExitCodes {
    /** No finding of error severity. */
    public static final int CLEAN = 0;
    /** At least one finding of error severity. */
    public static final int ERRORS = 1;
    /** Bad usage or an I/O error; nothing was reported. */
    public static final int USAGE = 2;

    private ExitCodes() {}
}
