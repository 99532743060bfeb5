ALTER TABLE child_table DROP CONSTRAINT IF EXISTS fk_child_parent;
