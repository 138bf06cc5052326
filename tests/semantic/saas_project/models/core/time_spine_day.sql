{{ config(materialized='table') }}
select cast(range as date) as date_day,
  'FY' || year(range + interval 3 month) || '-Q' || quarter(range + interval 3 month)
    as fiscal_quarter
from range(date '2025-01-01', date '2027-12-31', interval 1 day)
