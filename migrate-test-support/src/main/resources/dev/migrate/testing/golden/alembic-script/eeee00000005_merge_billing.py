"""merge billing"""
revision = 'eeee00000005'
down_revision = ('bbbb00000002', 'dddd00000004')
branch_labels = None
depends_on = None
def upgrade():
    pass

def downgrade():
    pass
