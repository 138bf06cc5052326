select * from {{ ref('store_budgets') }}
