// SPDX-License-Identifier: GPL-2.0
/*
 * Extra check: malformed dma-ranges.  The kernel builds a dma_range_map
 * from whatever the device tree says, and the library must then give
 * either an error or the kernel's own answer (phys_to_dma() and
 * dma_to_phys() take the first region that matches), never a third
 * answer and never a crash.  dom0's RAM is 1:1, so the kernel's p2m-blind
 * helpers are the right reference here.
 *
 * - malformed-zero: a zero-size entry before a good one.  A region of size
 *   0 ends a dma_range_map, so the good entry behind it is never seen.
 * - malformed-overlap: a second entry whose CPU side lies inside the first
 *   one's, with another DMA offset.
 *
 * A library that refused everything would give no third answer either, so
 * each row also requires the kernel's translations: on the overlap device
 * some addresses must translate, and the library may refuse only a DMA
 * address whose kernel answer is no page of dom0's (the library takes a bus
 * frame back only to a local page; the kernel's helper does not look).
 */
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/mm.h>
#include <xen/dma-xlate.h>

#include "e2e.h"

/* How the library's answers compare with the kernel's. */
struct e2e_probe_addrs {
	unsigned int tried;
	unsigned int same;	/* both translated, to the same address */
	unsigned int both_error;	/* both refused */
	unsigned int error;	/* the library refused, the kernel translated */
	unsigned int not_ours;	/* ... of those, to no page of dom0's */
	unsigned int other;	/* a third answer: a failure */
};

static void e2e_phys(struct device *dev, phys_addr_t p, struct e2e_probe_addrs *a)
{
	dma_addr_t got = xen_phys_to_dma(dev, p), kernel = phys_to_dma(dev, p);

	a->tried++;
	if (got == kernel && got == DMA_MAPPING_ERROR) {
		a->both_error++;
	} else if (got == kernel) {
		a->same++;
	} else if (got == DMA_MAPPING_ERROR) {
		a->error++;
	} else {
		a->other++;
		pr_info(E2E_PREFIX "%s: phys %pa -> %pad, phys_to_dma %pad\n",
			dev_name(dev), &p, &got, &kernel);
	}
}

static void e2e_dma(struct device *dev, dma_addr_t d, struct e2e_probe_addrs *a)
{
	phys_addr_t got = xen_dma_to_phys(dev, d), kernel = dma_to_phys(dev, d);

	a->tried++;
	if (got == kernel && got == (phys_addr_t)-1) {
		a->both_error++;
	} else if (got == kernel) {
		a->same++;
	} else if (got == (phys_addr_t)-1) {
		a->error++;
		a->not_ours += !pfn_valid(PHYS_PFN(kernel));
	} else {
		a->other++;
		pr_info(E2E_PREFIX "%s: dma %pad -> %pa, dma_to_phys %pa\n",
			dev_name(dev), &d, &got, &kernel);
	}
}

/*
 * Probe dom0's RAM and every window's both sides, then report.  @translates:
 * whether the kernel's own helpers translate anything for @dev.
 */
static void e2e_malformed_one(const char *name, struct device *dev, bool translates)
{
	struct e2e_window w[E2E_MAX_WINDOWS];
	struct e2e_probe_addrs a = { };
	const struct bus_dma_region *r;
	phys_addr_t start, end, p;
	int n, i, regions = 0;
	bool capable;

	n = e2e_windows(dev, w, E2E_MAX_WINDOWS);
	if (n < 1 || e2e_dom0_ram(&start, &end)) {
		e2e_report(name, E2E_FAIL, "dma-ranges: %d entries, or no dom0 memory node", n);
		return;
	}
	for (r = dev->dma_range_map; r && r->size; r++)
		regions++;
	for (p = start; p < end; p += (end - start) / 16)
		e2e_phys(dev, p + 0x321, &a);
	e2e_phys(dev, end - 1, &a);
	for (i = 0; i < n; i++) {
		e2e_phys(dev, w[i].cpu, &a);
		e2e_phys(dev, w[i].cpu + w[i].size / 2 + 1, &a);
		e2e_dma(dev, w[i].dma, &a);
		e2e_dma(dev, w[i].dma + w[i].size / 2 + 1, &a);
	}
	capable = xen_dma_capable(dev, start, PAGE_SIZE);
	if (a.other)
		e2e_report(name, E2E_FAIL,
			   "%u of %u addresses got a third answer (neither error nor the kernel's)",
			   a.other, a.tried);
	else if (a.error != a.not_ours)
		e2e_report(name, E2E_FAIL,
			   "the library refused %u addresses that the kernel translates into dom0's RAM",
			   a.error - a.not_ours);
	else if (translates != (a.same > 0))
		e2e_report(name, E2E_FAIL,
			   "%u of %u addresses translated as the kernel does, want %s",
			   a.same, a.tried, translates ? "some" : "none");
	else
		e2e_report(name, E2E_PASS,
			   "%d dma-ranges entries -> %d regions in the map, mask %#llx; %u addresses: %u translated as the kernel does, %u refused by both, %u refused by the library only (no page of dom0's behind them); capable(RAM start) %d",
			   n, regions, dev->dma_mask ? *dev->dma_mask : 0ULL,
			   a.tried, a.same, a.both_error, a.error, capable);
}

/**
 * e2e_check_malformed() - Extra check: malformed dma-ranges.
 * @zero: The malformed-zero device.
 * @overlap: The malformed-overlap device.
 *
 * Context: Process context.
 */
void e2e_check_malformed(struct device *zero, struct device *overlap)
{
	/* A zero-size region ends the map: the kernel translates nothing. */
	e2e_malformed_one("malformed-zero", zero, false);
	e2e_malformed_one("malformed-overlap", overlap, true);
}
