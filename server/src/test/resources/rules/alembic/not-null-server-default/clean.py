from alembic import op
import sqlalchemy as sa

revision = '2b0000000002'
down_revision = '2b0000000001'


def upgrade() -> None:
    # A new table has no rows: NOT NULL columns need no default there.
    op.create_table(
        'badge',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(50), nullable=False),
    )
    op.add_column('user', sa.Column('badge_id', sa.Integer(), nullable=True))
    op.add_column('user', sa.Column('score', sa.Integer()))
    op.add_column('user', sa.Column('is_active', sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    op.drop_column('user', 'is_active')
    op.drop_column('user', 'score')
    op.drop_column('user', 'badge_id')
    op.drop_table('badge')
