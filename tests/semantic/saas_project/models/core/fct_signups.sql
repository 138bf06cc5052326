select account_id, cast(signed_up_ts as timestamp) as signed_up_ts, plan, fee,
  case when plan <> 'free' then cast(signed_up_ts as date) end as paid_on
from {{ ref('signups') }}
