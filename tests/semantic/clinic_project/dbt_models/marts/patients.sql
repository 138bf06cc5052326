select * from {{ ref('raw_patients') }}
