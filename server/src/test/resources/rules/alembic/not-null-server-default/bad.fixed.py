from alembic import op
import sqlalchemy as sa

revision = '2b0000000001'
down_revision = None


def upgrade() -> None:
    op.add_column('user', sa.Column('is_admin', sa.Boolean(), nullable=False, server_default=sa.text('FALSE')))
#                                                             ^^^^^^^^^^^^^^ not-null-server-default
    op.add_column(
        'user',
        sa.Column(
            'login_count',
            sa.Integer(),
            nullable=False,
            server_default=sa.text('0'),
#           ^^^^^^^^^^^^^^ not-null-server-default
        )
    )
    op.add_column(
        'user',
        sa.Column('nickname', sa.String(50), default='n/a',
                  nullable=False, server_default=sa.text("''"))
#                 ^^^^^^^^^^^^^^ not-null-server-default
    )
    op.add_column('user', sa.Column('joined_at', sa.DateTime(), nullable=False, server_default=sa.text('CURRENT_TIMESTAMP')))
#                                                               ^^^^^^^^^^^^^^ not-null-server-default


def downgrade() -> None:
    op.drop_column('user', 'joined_at')
    op.drop_column('user', 'nickname')
    op.drop_column('user', 'login_count')
    op.drop_column('user', 'is_admin')
