select store_id, cast(week_start as date) as week_start, visitors from {{ ref('raw_footfall') }}
