select visit_id, member_id, cast(visited_on as date) as visited_on
from {{ ref('app_visits') }}
