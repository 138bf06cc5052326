select account_id, cast(signed_up_ts as timestamp) as signed_up_ts, plan, fee
from {{ ref('signups') }}
