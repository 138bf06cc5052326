select visit_id, patient_id, clinic_code, cast(visited_on as date) as visited_on, status,
       cast(fee as double) as fee
from {{ ref('raw_visits') }}
