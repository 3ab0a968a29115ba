package org.carnet.common.policy;

/** An authorisation matrix file that cannot be read; the message names the file and the line. */
public final class MalformedMatrixException extends IllegalArgumentException {
    private final String source;
    private final int line;

    MalformedMatrixException(String source, int line, String problem) {
        super(source + " line " + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** The file (or resource) name. */
    public String source() {
        return source;
    }

    /** The 1-based line number. */
    public int line() {
        return line;
    }
}
