select * from {{ ref('deliveries') }}
