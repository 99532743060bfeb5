from alembic import op
import sqlalchemy as sa

revision = '5e0000000001'
down_revision = None


def upgrade() -> None:
    op.alter_column('user', 'user_source', existing_type=sa.String(20), type_=sa.String(40))
#                           ^^^^^^^^^^^^^ protected-field
    # checked: nothing reads is_locked any more
    op.drop_column('user', 'is_locked')
#                          ^^^^^^^^^^^ protected-field
    with op.batch_alter_table('user') as batch_op:
        batch_op.alter_column('employee_id', new_column_name='hris_employee_id')
#                             ^^^^^^^^^^^^^ protected-field


def downgrade() -> None:
    with op.batch_alter_table('user') as batch_op:
        batch_op.alter_column('hris_employee_id', new_column_name='employee_id')
    op.add_column('user', sa.Column('is_locked', sa.Boolean(), nullable=True))
    op.alter_column('user', 'user_source', existing_type=sa.String(40), type_=sa.String(20))
