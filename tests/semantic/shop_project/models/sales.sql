select * from {{ ref('shop_orders') }}
