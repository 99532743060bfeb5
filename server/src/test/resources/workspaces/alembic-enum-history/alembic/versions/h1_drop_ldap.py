"""Drop 'ldap' from user_source: the values before come from h0, and nothing moves the 'ldap' rows."""
from alembic import op

revision = 'h1'
down_revision = 'h0'


def upgrade() -> None:
    op.execute("ALTER TABLE user MODIFY COLUMN user_source ENUM('hris', 'manual') NOT NULL")
#                                                          ^^^^^^^^^^^^^^^^^^^^^^ enum-change-data-migration


def downgrade() -> None:
    op.execute("ALTER TABLE user MODIFY COLUMN user_source VARCHAR(20) NOT NULL")
