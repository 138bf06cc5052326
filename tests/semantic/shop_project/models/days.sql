{{ config(materialized='table') }}
with spine as (
    {{ dbt.date_spine('day', "make_date(2025, 6, 1)", "make_date(2027, 6, 1)") }}
)
select cast(date_day as date) as day_of from spine
