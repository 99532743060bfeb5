package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;

/** A column type as written: {@code name} upper-cased ({@code NVARCHAR}), {@code args} like {@code (255)}. */
public record DataType(String name, String args, TextSpan span, TextSpan nameSpan) {
    public boolean is(String typeName) {
        return name.equalsIgnoreCase(typeName);
    }

    /** Postgres {@code serial}, {@code bigserial}, {@code smallserial}: an integer with a sequence default. */
    public boolean isSerial() {
        return name.equals("SERIAL") || name.equals("BIGSERIAL") || name.equals("SMALLSERIAL") || name.equals("SERIAL4")
                || name.equals("SERIAL8") || name.equals("SERIAL2");
    }

    public String display() {
        return name + args;
    }
}
