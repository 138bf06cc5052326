select clinic_code, cast(shift_date as date) as shift_date, nurses
from {{ ref('raw_roster') }}
