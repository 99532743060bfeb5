from alembic import op

revision = '1a0000000004'
down_revision = '1a0000000003'


def upgrade() -> None:
    op.execute("UPDATE user SET email = lower(email)")
    op.drop_column('user', 'legacy_flag')


def downgrade() -> None:
#   ^^^^^^^^^ downgrade-required
    ...
