"""standalone"""
revision = '77770000000a'
down_revision = None
branch_labels = None
depends_on = None
def upgrade():
    pass

def downgrade():
    pass
