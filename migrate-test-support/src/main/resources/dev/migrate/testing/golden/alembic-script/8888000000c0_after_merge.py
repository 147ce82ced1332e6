"""after merge"""
revision = '8888000000c0'
down_revision = 'eeee00000005'
branch_labels = None
depends_on = None
def upgrade():
    pass

def downgrade():
    pass
