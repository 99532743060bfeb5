ALTER TABLE core.customers ADD COLUMN email VARCHAR(255) NOT NULL;
--                                                       ^^^^^^^^ new-column-nullable
ALTER TABLE core.customers ADD COLUMN IF NOT EXISTS phone TEXT NOT NULL,
--                                                             ^^^^^^^^ new-column-nullable
    ADD COLUMN country_code CHAR(2) NOT NULL REFERENCES core.countries(code) ON DELETE RESTRICT;
--                                  ^^^^^^^^ new-column-nullable
