-- One row per day: MetricFlow joins to it for cumulative metrics and time grains.
{{ config(materialized='table') }}
with days as (
    {{ dbt.date_spine('day', "make_date(2025, 1, 1)", "make_date(2028, 1, 1)") }}
)
select cast(date_day as date) as date_day from days
