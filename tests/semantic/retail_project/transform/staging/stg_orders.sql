select order_id, customer_id, store_id, cast(ordered_on as date) as ordered_on,
  cast(amount as double) as amount, status
from {{ ref('raw_orders') }}
