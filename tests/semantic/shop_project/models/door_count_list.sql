select * from {{ ref('door_counts') }}
