select cast(range as date) as month_start
from range(date '2024-01-01', date '2028-01-01', interval 1 month)
