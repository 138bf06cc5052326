select * from {{ ref('cities') }}
