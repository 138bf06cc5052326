select txn_id, member_id, txn_on, amount
from {{ ref('fct_transactions') }}
where kind = 'setoran'
