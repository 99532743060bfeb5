package io.migrationlsp.core.text;

public enum TokenKind {
    /** A bare word: keyword or identifier, also {@code #temp} and {@code @variable}. */
    WORD,
    /** {@code [ident]} or {@code "ident"} (or a backtick identifier). */
    QUOTED_IDENT,
    /** {@code 'str'}, {@code N'str'}, {@code E'str'}. */
    STRING,
    /** {@code $$ ... $$} or {@code $tag$ ... $tag$}. */
    DOLLAR_STRING,
    NUMBER,
    /** Anything in braces, e.g. {@code {schema_name}}; what is inside decides whether it is the placeholder. */
    BRACED,
    LINE_COMMENT,
    BLOCK_COMMENT,
    /** Punctuation and operators: one token per operator ({@code ::}, {@code <=}, {@code (}, {@code ;}). */
    PUNCT;

    public boolean isComment() {
        return this == LINE_COMMENT || this == BLOCK_COMMENT;
    }
}
