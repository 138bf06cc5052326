select txn_id, txn_on, amount from {{ ref('transactions') }} where kind = 'biaya'
