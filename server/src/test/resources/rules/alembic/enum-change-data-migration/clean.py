"""The document's enum patterns: adding a value needs no UPDATE; removing one moves the rows first."""
from alembic import op
import sqlalchemy as sa

revision = '3c0000000005'
down_revision = None


def upgrade() -> None:
    """Add 'contractor' to user_source enum; remove 'pending' from status."""
    # MySQL requires recreating the column for enum changes
    op.execute(
        "ALTER TABLE user MODIFY COLUMN user_source "
        "ENUM('hris', 'manual', 'contractor') NOT NULL DEFAULT 'hris'"
    )
    op.execute(sa.text("UPDATE user SET status = 'active' WHERE status = 'pending'"))
    op.alter_column(
        'user', 'status',
        type_=sa.Enum('active', 'locked', name='user_status'),
        existing_type=sa.Enum('active', 'locked', 'pending', name='user_status'),
    )


def downgrade() -> None:
    """Remove 'contractor' from user_source enum."""
    # First, update any rows using the value being removed
    op.execute(
        "UPDATE user SET user_source = 'manual' WHERE user_source = 'contractor'"
    )
    # Then modify the column
    op.execute(
        "ALTER TABLE user MODIFY COLUMN user_source "
        "ENUM('hris', 'manual') NOT NULL DEFAULT 'hris'"
    )
    op.alter_column(
        'user', 'status',
        type_=sa.Enum('active', 'locked', 'pending', name='user_status'),
        existing_type=sa.Enum('active', 'locked', name='user_status'),
    )
