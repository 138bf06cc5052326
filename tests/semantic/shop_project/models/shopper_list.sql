select * from {{ ref('shoppers') }}
