package io.migrationlsp.core.analysis;

import io.migrationlsp.core.rules.Finding;
import java.util.List;

/** The analysis of one file: the file as modelled and its findings, sorted by position. */
public record FileResult(SqlFile file, List<Finding> findings) {}
