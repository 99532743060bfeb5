package io.migrationlsp.core.python;

import io.migrationlsp.core.text.TextSpan;
import java.util.List;

/**
 * A Python expression as far as migration files need it: literals, dotted names, calls with their
 * arguments, tuples and lists. Anything else (operators, subscripts, comprehensions) is
 * {@link Other}: its span is known, its meaning is not. Read from tokens, never evaluated.
 */
public sealed interface PythonExpr {
    TextSpan span();

    /** The dotted name of a name or attribute chain ({@code sa.Column}), else null. */
    default String dotted() {
        return null;
    }

    default String text(String source) {
        return span().of(source);
    }

    /**
     * One or more adjacent string literals. {@code value} is their decoded, concatenated value, or
     * null when one is an f-string with fields or a bytes literal.
     */
    record Str(List<PythonToken> tokens, String value, TextSpan span) implements PythonExpr {
        public Str {
            tokens = List.copyOf(tokens);
        }

        /** From the first literal's content start to the last one's content end. */
        public TextSpan contentSpan() {
            return new TextSpan(tokens.get(0).string().contentStart(), tokens.get(tokens.size() - 1).string().contentEnd());
        }
    }

    /** A number as written. */
    record Num(String text, TextSpan span) implements PythonExpr {}

    /** A name or a dotted chain of names: {@code None}, {@code True}, {@code op}, {@code sa.Integer}. */
    record Name(String name, TextSpan span) implements PythonExpr {
        @Override
        public String dotted() {
            return name;
        }
    }

    /** {@code target.name} where the target is not a plain name (a call, a subscript). */
    record Attr(PythonExpr target, String name, TextSpan span) implements PythonExpr {
        @Override
        public String dotted() {
            String t = target.dotted();
            return (t == null ? "?" : t) + "." + name;
        }
    }

    /**
     * {@code callee(args)}. {@code open} and {@code close} are the parentheses' offsets;
     * {@code close} is -1 when the call is not closed (a file being typed).
     */
    record Call(PythonExpr callee, List<Arg> args, int open, int close, TextSpan span) implements PythonExpr {
        public Call {
            args = List.copyOf(args);
        }

        /** The callee's dotted name, or null. */
        public String name() {
            return callee.dotted();
        }

        /** Whether the callee's last name part is {@code simpleName} ({@code sa.Column}, {@code Column}). */
        public boolean named(String simpleName) {
            String n = name();
            return n != null && (n.equals(simpleName) || n.endsWith("." + simpleName));
        }

        /** The argument at {@code position} among the positional ones, or the keyword one; null when absent. */
        public PythonExpr arg(int position, String keyword) {
            PythonExpr kw = keyword(keyword);
            if (kw != null) {
                return kw;
            }
            int i = 0;
            for (Arg a : args) {
                if (a.keyword() == null && !a.star()) {
                    if (i++ == position) {
                        return a.value();
                    }
                }
            }
            return null;
        }

        public PythonExpr keyword(String keyword) {
            Arg a = keywordArg(keyword);
            return a == null ? null : a.value();
        }

        public Arg keywordArg(String keyword) {
            if (keyword == null) {
                return null;
            }
            for (Arg a : args) {
                if (keyword.equals(a.keyword())) {
                    return a;
                }
            }
            return null;
        }

        public List<PythonExpr> positional() {
            return args.stream().filter(a -> a.keyword() == null && !a.star()).map(Arg::value).toList();
        }
    }

    /** A tuple or a list; {@code bracketed} is false for a bare tuple ({@code a, b}). */
    record Seq(boolean list, List<PythonExpr> items, boolean bracketed, TextSpan span) implements PythonExpr {
        public Seq {
            items = List.copyOf(items);
        }
    }

    /** Any other expression. */
    record Other(TextSpan span) implements PythonExpr {}

    /**
     * One argument of a call: {@code keyword} is null for a positional one; {@code star} marks
     * {@code *args} / {@code **kwargs}. {@code span} covers {@code keyword=value} whole.
     */
    record Arg(String keyword, TextSpan keywordSpan, PythonExpr value, boolean star, TextSpan span) {}

    /** The string value when {@code e} is a plain string literal, else null. */
    static String stringValue(PythonExpr e) {
        return e instanceof Str s ? s.value() : null;
    }

    /** True for the name {@code None}. */
    static boolean isNone(PythonExpr e) {
        return e instanceof Name n && n.name().equals("None");
    }

    /** {@code Boolean.TRUE} / {@code FALSE} for the names {@code True} / {@code False}, else null. */
    static Boolean boolValue(PythonExpr e) {
        if (e instanceof Name n) {
            return switch (n.name()) {
                case "True" -> Boolean.TRUE;
                case "False" -> Boolean.FALSE;
                default -> null;
            };
        }
        return null;
    }
}
