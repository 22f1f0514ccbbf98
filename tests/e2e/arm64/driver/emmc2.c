// SPDX-License-Identifier: GPL-2.0
/*
 * Check b: an emmc2-style device whose dma-ranges window ends in the
 * middle of dom0's RAM, as the BCM2711's emmc2 bus reaches only part of a
 * large Raspberry Pi 4's memory.  xen_dma_capable() must accept every page
 * inside the window and refuse every page past it, and a range that
 * straddles the window's end is refused as a whole, although its first
 * byte is reachable.
 */
#include <linux/device.h>
#include <linux/minmax.h>
#include <linux/sizes.h>
#include <xen/dma-xlate.h>

#include "e2e.h"

/* Page [p, p + PAGE_SIZE) lies wholly inside the window's CPU side. */
static bool e2e_inside(const struct e2e_window *w, phys_addr_t p, size_t size)
{
	return p >= w->cpu && p - w->cpu + size <= w->size;
}

static void e2e_emmc2_scan(struct device *dev, const struct e2e_window *w,
			   phys_addr_t start, phys_addr_t end)
{
	unsigned long accepted = 0, refused = 0, wrong = 0;
	phys_addr_t p, first_wrong = 0;
	bool ok;

	for (p = start; p < end; p += PAGE_SIZE) {
		ok = xen_dma_capable(dev, p, PAGE_SIZE);
		if (ok)
			accepted++;
		else
			refused++;
		if (ok != e2e_inside(w, p, PAGE_SIZE) && !wrong++)
			first_wrong = p;
	}
	if (!accepted || !refused)
		e2e_report("emmc2-scan", E2E_FAIL,
			   "the window does not split dom0 RAM %pa-%pa: %lu accepted, %lu refused",
			   &start, &end, accepted, refused);
	else if (wrong)
		e2e_report("emmc2-scan", E2E_FAIL,
			   "%lu of %lu pages decided wrongly, first at %pa (accepted %lu, refused %lu)",
			   wrong, accepted + refused, &first_wrong, accepted, refused);
	else
		e2e_report("emmc2-scan", E2E_PASS,
			   "dom0 RAM %pa-%pa: %lu pages accepted (below the window end), %lu refused (above)",
			   &start, &end, accepted, refused);
}

/*
 * The device tree makes bus_dma_limit the end of the highest window, so
 * with dma-ranges alone the region check would hide a library that
 * ignored the limit.  Bus code can set a tighter one (PCI host bridges,
 * ACPI _DMA): emulate that on the test device, which nothing else uses,
 * 128 MiB below the window's end, and put the old value back.
 */
static void e2e_emmc2_limit(struct device *dev, const struct e2e_window *w,
			    phys_addr_t start, phys_addr_t end)
{
	u64 saved = dev->bus_dma_limit, limit = w->dma + w->size - SZ_128M - 1;
	unsigned long accepted = 0, wrong = 0;
	phys_addr_t p;
	bool ok, want;

	dev->bus_dma_limit = limit;
	for (p = start; p < end; p += PAGE_SIZE) {
		ok = xen_dma_capable(dev, p, PAGE_SIZE);
		want = e2e_inside(w, p, PAGE_SIZE) &&
		       p + PAGE_SIZE - 1 - w->cpu + w->dma <= limit;
		accepted += ok;
		wrong += ok != want;
	}
	dev->bus_dma_limit = saved;
	if (wrong)
		e2e_report("emmc2-limit", E2E_FAIL,
			   "bus limit lowered to %#llx: %lu pages decided wrongly (%lu accepted)",
			   limit, wrong, accepted);
	else
		e2e_report("emmc2-limit", E2E_PASS,
			   "bus limit lowered to %#llx: %lu pages accepted, the rest refused; limit restored",
			   limit, accepted);
}

static const char *e2e_verdict(bool accepted)
{
	return accepted ? "accepted" : "refused";
}

/* Ranges around the window's end, which lies inside dom0's RAM. */
static void e2e_emmc2_edge(struct device *dev, phys_addr_t wend)
{
	static const struct {
		s64 from;	/* start, relative to the window's end */
		size_t size;
		bool want;
		const char *what;
	} cases[] = {
		{ -0x800, 0x1000, false, "straddling page-sized range" },
		{ -1, 2, false, "last byte inside + first byte outside" },
		{ -16 * 0x1000, 16 * 0x1000 + 1, false, "16 pages + 1 byte" },
		{ -16 * 0x1000, 16 * 0x1000, true, "last 16 pages inside" },
		{ -1, 1, true, "last byte inside" },
		{ 0, 1, false, "first byte outside" },
	};
	unsigned int i, bad = 0;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		phys_addr_t p = wend + cases[i].from;
		bool got = xen_dma_capable(dev, p, cases[i].size);

		if (got != cases[i].want) {
			pr_info(E2E_PREFIX "emmc2: %s: %pa + %#zx %s, want %s\n",
				cases[i].what, &p, cases[i].size,
				e2e_verdict(got), e2e_verdict(cases[i].want));
			bad++;
		}
	}
	if (bad)
		e2e_report("emmc2-straddle", E2E_FAIL,
			   "%u of %zu ranges around the window end %pa decided wrongly",
			   bad, ARRAY_SIZE(cases), &wend);
	else
		e2e_report("emmc2-straddle", E2E_PASS,
			   "window end %pa: ranges across it (0x1000 bytes from end-0x800, 2 bytes from end-1, 16 pages + 1 byte) refused; ranges ending at it accepted",
			   &wend);
}

/**
 * e2e_check_emmc2() - Check b: a window narrower than dom0's RAM.
 * @dev: The emmc2-narrow device.
 *
 * Context: Process context.
 */
void e2e_check_emmc2(struct device *dev)
{
	struct e2e_window w[E2E_MAX_WINDOWS];
	int n = e2e_windows(dev, w, E2E_MAX_WINDOWS);
	phys_addr_t start, end, wend;

	if (n != 1 || !dev->dma_range_map || !dev->dma_mask) {
		e2e_report("emmc2-scan", E2E_FAIL,
			   "dma-ranges: %d entries, dma_range_map %s, dma_mask %s",
			   n, dev->dma_range_map ? "set" : "missing",
			   dev->dma_mask ? "set" : "missing");
		return;
	}
	if (e2e_dom0_ram(&start, &end)) {
		e2e_report("emmc2-scan", E2E_FAIL, "dom0's memory node not found or not one bank");
		return;
	}
	wend = w[0].cpu + w[0].size;
	pr_info(E2E_PREFIX
		"emmc2: dma-ranges dma %#llx cpu %#llx size %#llx; dma mask %#llx, bus limit %#llx\n",
		w[0].dma, w[0].cpu, w[0].size, *dev->dma_mask,
		(unsigned long long)dev->bus_dma_limit);
	e2e_emmc2_scan(dev, &w[0], start, end);
	e2e_emmc2_limit(dev, &w[0], start, end);
	if (wend <= start + 16 * PAGE_SIZE || wend >= end)
		e2e_report("emmc2-straddle", E2E_SKIP,
			   "window end %pa is not inside dom0 RAM %pa-%pa",
			   &wend, &start, &end);
	else
		e2e_emmc2_edge(dev, wend);
}
