from alembic import op

revision = '3c0000000002'
down_revision = None


def upgrade() -> None:
    """The UPDATE comes too late: the column no longer allows 'ldap' when it runs."""
    op.execute("ALTER TABLE `user` CHANGE COLUMN user_source user_source ENUM('hris', 'manual') NOT NULL")
#                                                                        ^^^^^^^^^^^^^^^^^^^^^^ enum-change-data-migration
    op.execute("UPDATE user SET user_source = 'manual' WHERE user_source = 'ldap'")


def downgrade() -> None:
    op.execute("ALTER TABLE `user` CHANGE COLUMN user_source user_source ENUM('hris', 'manual', 'ldap') NOT NULL")
