-- A data-only fix with no PLATFORM. or {schema_name}. statement needs no header from this rule.
PRINT 'Nothing to migrate for this release';
