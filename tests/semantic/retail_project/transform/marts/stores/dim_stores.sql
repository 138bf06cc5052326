select store_id, city, store_format from {{ ref('raw_stores') }}
