package io.migrationlsp.core.schema;

import java.util.List;

public record IndexInfo(String name, List<String> keys, List<String> include, Origin origin) {}
