select customer_id, region, segment from {{ ref('raw_customers') }}
