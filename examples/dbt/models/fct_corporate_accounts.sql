select * from {{ ref('corporate_accounts') }}
