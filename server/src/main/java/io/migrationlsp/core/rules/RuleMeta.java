package io.migrationlsp.core.rules;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;

/** What a rule is: its fixed id, default severity, the profile it belongs to and a one-line summary. */
public record RuleMeta(String id, Severity severity, Profile profile, String summary) {}
