select refund_id, order_id, cast(refunded_on as date) as refunded_on,
  cast(refund_amount as double) as refund_amount
from {{ ref('raw_refunds') }}
