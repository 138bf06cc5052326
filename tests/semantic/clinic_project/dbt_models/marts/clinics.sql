select clinic_code, city, cast(valid_from as date) as valid_from,
       cast(valid_to as date) as valid_to
from {{ ref('raw_clinics') }}
