from alembic import op
import sqlalchemy as sa

revision = '1a0000000002'
down_revision = '1a0000000001'


def upgrade():
    """Create team and link user to it."""
    op.create_table(
        'team',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(100), nullable=False),
    )
    op.add_column('user', sa.Column('team_id', sa.Integer(), nullable=True))
    op.create_foreign_key('fk_user_team', 'user', 'team', ['team_id'], ['id'], ondelete='SET NULL')
    op.alter_column('user', 'email', existing_type=sa.String(255), nullable=False)
    op.rename_table('user_note', 'member_note')


def downgrade():
#   ^^^^^^^^^ downgrade-required
    """Undo team."""
    op.rename_table('member_note', 'user_note')
    op.alter_column('user', 'email', existing_type=sa.String(255), nullable=True)
    op.drop_constraint('fk_user_team', 'user', type_='foreignkey')
    op.drop_column('user', 'team_id')
    op.drop_table('team')
