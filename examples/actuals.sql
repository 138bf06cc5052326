-- The example database of the Nusantara Retail catalog: monthly figures from the order
-- database, the CRM and the contact centre, as a reporting mart would hold them.
-- Build it with `python examples/build_actuals_db.py` (examples/actuals.sqlite), then
-- `kpi actuals pull --database sqlite:///examples/actuals.sqlite`.
-- January to October match the values in kpis/; November is new; December is the month
-- still running on 20 December 2026 (pull leaves it out until it has ended).

CREATE TABLE online_sales_monthly (
    month TEXT PRIMARY KEY,          -- 2026-01
    delivered_orders INTEGER NOT NULL,
    gmv_idr BIGINT NOT NULL,         -- delivered order value after vouchers, VAT included
    remark TEXT                      -- what the e-commerce team wants readers to know
);

CREATE TABLE crm_lead_status_monthly (
    month TEXT NOT NULL,
    status TEXT NOT NULL,            -- mql: marketing-qualified; sql: accepted by Sales
    leads INTEGER NOT NULL,
    PRIMARY KEY (month, status)
);

CREATE TABLE zendesk_csat_monthly (
    month TEXT PRIMARY KEY,
    answers INTEGER NOT NULL,        -- survey answers received for tickets solved
    good_answers INTEGER NOT NULL    -- answers of 4 or 5
);

INSERT INTO online_sales_monthly VALUES ('2026-01', 269872, 84200000000, NULL);
INSERT INTO online_sales_monthly VALUES ('2026-02', 273270, 86900000000, NULL);
INSERT INTO online_sales_monthly VALUES ('2026-03', 279472, 95300000000, NULL);
INSERT INTO online_sales_monthly VALUES ('2026-04', 282609, 91000000000, NULL);
INSERT INTO online_sales_monthly VALUES ('2026-05', 282067, 92800000000, NULL);
INSERT INTO online_sales_monthly VALUES ('2026-06', 280896, 94100000000, NULL);
INSERT INTO online_sales_monthly VALUES ('2026-07', 283824, 96500000000, NULL);
INSERT INTO online_sales_monthly VALUES ('2026-08', 285260, 98700000000, NULL);
INSERT INTO online_sales_monthly VALUES ('2026-09', 283051, 100200000000, NULL);
INSERT INTO online_sales_monthly VALUES ('2026-10', 302273, 106400000000, NULL);
INSERT INTO online_sales_monthly VALUES ('2026-11', 328532, 118600000000, '11.11 sale: three times the usual orders on the day.');
INSERT INTO online_sales_monthly VALUES ('2026-12', 171709, 61300000000, NULL);

INSERT INTO crm_lead_status_monthly VALUES ('2026-01', 'mql', 610);
INSERT INTO crm_lead_status_monthly VALUES ('2026-01', 'sql', 152);
INSERT INTO crm_lead_status_monthly VALUES ('2026-02', 'mql', 625);
INSERT INTO crm_lead_status_monthly VALUES ('2026-02', 'sql', 160);
INSERT INTO crm_lead_status_monthly VALUES ('2026-03', 'mql', 660);
INSERT INTO crm_lead_status_monthly VALUES ('2026-03', 'sql', 171);
INSERT INTO crm_lead_status_monthly VALUES ('2026-04', 'mql', 640);
INSERT INTO crm_lead_status_monthly VALUES ('2026-04', 'sql', 178);
INSERT INTO crm_lead_status_monthly VALUES ('2026-05', 'mql', 700);
INSERT INTO crm_lead_status_monthly VALUES ('2026-05', 'sql', 190);
INSERT INTO crm_lead_status_monthly VALUES ('2026-06', 'mql', 705);
INSERT INTO crm_lead_status_monthly VALUES ('2026-06', 'sql', 197);
INSERT INTO crm_lead_status_monthly VALUES ('2026-07', 'mql', 720);
INSERT INTO crm_lead_status_monthly VALUES ('2026-07', 'sql', 205);
INSERT INTO crm_lead_status_monthly VALUES ('2026-08', 'mql', 735);
INSERT INTO crm_lead_status_monthly VALUES ('2026-08', 'sql', 212);
INSERT INTO crm_lead_status_monthly VALUES ('2026-09', 'mql', 760);
INSERT INTO crm_lead_status_monthly VALUES ('2026-09', 'sql', 221);
INSERT INTO crm_lead_status_monthly VALUES ('2026-10', 'mql', 770);
INSERT INTO crm_lead_status_monthly VALUES ('2026-10', 'sql', 228);
INSERT INTO crm_lead_status_monthly VALUES ('2026-11', 'mql', 790);
INSERT INTO crm_lead_status_monthly VALUES ('2026-11', 'sql', 235);
INSERT INTO crm_lead_status_monthly VALUES ('2026-12', 'mql', 380);
INSERT INTO crm_lead_status_monthly VALUES ('2026-12', 'sql', 118);

INSERT INTO zendesk_csat_monthly VALUES ('2026-01', 2000, 1568);
INSERT INTO zendesk_csat_monthly VALUES ('2026-02', 3000, 2370);
INSERT INTO zendesk_csat_monthly VALUES ('2026-03', 2000, 1524);
INSERT INTO zendesk_csat_monthly VALUES ('2026-04', 3000, 2403);
INSERT INTO zendesk_csat_monthly VALUES ('2026-05', 2000, 1620);
INSERT INTO zendesk_csat_monthly VALUES ('2026-06', 3000, 2457);
INSERT INTO zendesk_csat_monthly VALUES ('2026-07', 2000, 1652);
INSERT INTO zendesk_csat_monthly VALUES ('2026-08', 3000, 2505);
INSERT INTO zendesk_csat_monthly VALUES ('2026-09', 2000, 1686);
INSERT INTO zendesk_csat_monthly VALUES ('2026-10', 3000, 2556);
INSERT INTO zendesk_csat_monthly VALUES ('2026-11', 2000, 1718);
INSERT INTO zendesk_csat_monthly VALUES ('2026-12', 3000, 2583);
