from alembic import op

revision = '3c0000000001'
down_revision = None


def upgrade() -> None:
    """Remove 'ldap' from user_source without moving its rows."""
    op.execute(
        "ALTER TABLE user MODIFY COLUMN user_source "
        "ENUM('hris', 'manual') NOT NULL DEFAULT 'hris'"
#        ^^^^^^^^^^^^^^^^^^^^^^ enum-change-data-migration
    )


def downgrade() -> None:
    op.execute(
        "ALTER TABLE user MODIFY COLUMN user_source "
        "ENUM('hris', 'manual', 'ldap') NOT NULL DEFAULT 'hris'"
    )
