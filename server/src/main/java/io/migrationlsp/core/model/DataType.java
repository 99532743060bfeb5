package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;

/** A column type as written: {@code name} upper-cased ({@code NVARCHAR}), {@code args} like {@code (255)}. */
public record DataType(String name, String args, TextSpan span, TextSpan nameSpan) {
    public boolean is(String typeName) {
        return name.equalsIgnoreCase(typeName);
    }

    public String display() {
        return name + args;
    }
}
