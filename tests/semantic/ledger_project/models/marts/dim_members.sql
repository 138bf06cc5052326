select member_id, cast(joined_on as date) as joined_on, region, segment
from {{ ref('members') }}
