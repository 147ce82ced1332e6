"""audit users"""
revision = '99990000000b'
down_revision = 'ffff00000006'
branch_labels = None
depends_on = ('bbbb00000002', '77770000000a')
def upgrade():
    pass

def downgrade():
    pass
