from alembic import op

revision = '3c0000000004'
down_revision = None


def upgrade() -> None:
    """Nothing here says which values plan_type had before."""
    op.execute("ALTER TABLE account MODIFY plan_type ENUM('free', 'team') NOT NULL")
#                                                    ^^^^^^^^^^^^^^^^^^^^ enum-change-data-migration


def downgrade() -> None:
    op.execute("ALTER TABLE account MODIFY plan_type VARCHAR(20) NOT NULL")
