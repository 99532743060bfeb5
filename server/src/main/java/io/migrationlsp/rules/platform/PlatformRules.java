package io.migrationlsp.rules.platform;

import io.migrationlsp.core.rules.Rule;
import java.util.List;

/** The platform profile's rules (convention document 000), in catalogue order. */
public final class PlatformRules {
    private PlatformRules() {}

    public static final List<Rule> ALL = List.of(
            new NoFloat());
}
