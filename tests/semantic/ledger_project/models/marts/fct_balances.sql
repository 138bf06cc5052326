select account_id, member_id, cast(snapshot_on as date) as snapshot_on, balance
from {{ ref('balances') }}
