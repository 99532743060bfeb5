from alembic import op
import sqlalchemy as sa

revision = '4d0000000001'
down_revision = None


def upgrade() -> None:
    op.add_column('user', sa.Column('department_id', sa.Integer(), nullable=True))
    op.create_foreign_key(
#   ^^^^^^^^^^^^^^^^^^^^^ fk-ondelete
        'fk_user_department',
        'user', 'department',
        ['department_id'], ['id'],
    )
    op.add_column('user', sa.Column('owner_id', sa.Integer(), sa.ForeignKey('owner.id'), nullable=False,
#                                                             ^^^^^^^^^^^^^ fk-ondelete
                                    server_default=sa.text('1')))
    op.create_table(
        'membership',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['user.id'], name='fk_membership_user'),
#       ^^^^^^^^^^^^^^^^^^^^^^^ fk-ondelete
    )


def downgrade() -> None:
    op.drop_table('membership')
    op.drop_column('user', 'owner_id')
    op.drop_constraint('fk_user_department', 'user', type_='foreignkey')
    op.drop_column('user', 'department_id')
