package io.migrationlsp.core.rules;

import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.text.TextSpan;
import java.util.List;

/** One problem found in one file: which rule, how bad, where, what to do, and how to fix it. */
public record Finding(String ruleId, Severity severity, String path, TextSpan span, String message, List<Fix> fixes) {}
