select * from {{ ref('acquisition') }}
