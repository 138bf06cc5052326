"""Rules on contact addresses: an e-mail address reaches someone only if its domain is right."""

from __future__ import annotations

from collections.abc import Iterator

from kpi_catalog.checking.addresses import domains
from kpi_catalog.checking.rules.registry import Context, Finding, contact_texts, rule
from kpi_catalog.i18n.messages import N_, _
from kpi_catalog.model.diagnostics import Severity, visible
from kpi_catalog.model.kpi import Kpi


@rule("K125", "known-e-mail-domain",
      N_("An e-mail address is not one slip of the keys from a domain the catalog writes more "
         "often."),
      Severity.WARNING)
def known_e_mail_domain(kpi: Kpi, ctx: Context) -> Iterator[Finding]:
    """Each address of this KPI whose domain is one letter away (left out, added, changed
    or swapped) from a domain more of the catalog writes: mail to it reaches no one."""
    for field, text in contact_texts(kpi):
        for address, domain in domains(text):
            meant = ctx.meant_domains.get(domain)
            if meant is None:
                continue
            yield Finding(field, _(
                "The address `{address}` is at `{domain}`, one letter away from `{meant}`, "
                "which the catalog's other addresses use: mail to a mistyped domain reaches "
                "no one.", address=visible(address), domain=visible(domain),
                meant=visible(meant)),
                _("Write `{meant}`. If `{domain}` is right, silence K125 for this KPI with the "
                  "reason.", meant=visible(meant), domain=visible(domain)))
