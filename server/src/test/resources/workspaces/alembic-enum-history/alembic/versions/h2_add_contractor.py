"""Add 'contractor': h1 left ('hris', 'manual'), so this only adds a value."""
from alembic import op

revision = 'h2'
down_revision = 'h1'


def upgrade() -> None:
    op.execute("ALTER TABLE user MODIFY COLUMN user_source ENUM('hris', 'manual', 'contractor') NOT NULL")


def downgrade() -> None:
    op.execute("UPDATE user SET user_source = 'manual' WHERE user_source = 'contractor'")
    op.execute("ALTER TABLE user MODIFY COLUMN user_source ENUM('hris', 'manual') NOT NULL")
