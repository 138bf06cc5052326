select txn_id, member_id, cast(txn_on as date) as txn_on, cast(booked_on as date) as booked_on,
       kind, amount,
       amount >= {{ var('large_deposit_idr') }} as is_large
from {{ ref('transactions') }}
