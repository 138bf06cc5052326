select account_id, cast(activated_ts as timestamp) as activated_ts from {{ ref('activations') }}
