// SPDX-License-Identifier: GPL-2.0
/*
 * Check: two dma-ranges windows that are adjacent on the CPU side but not
 * on the device side, as a bus with several inbound windows has them:
 * CPU 0x60000000-0x70000000 is DMA 0x0-0x10000000, CPU 0x70000000-
 * 0x80000000 is DMA 0x20000000-0x30000000.  A range that crosses CPU
 * 0x70000000 is contiguous in RAM and on Xen's bus, and each half is
 * reachable, but the device would see two pieces 256 MiB apart: it must
 * be refused.  The bus limit (0x2fffffff) does not catch it, only the
 * region's own end does.
 */
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <xen/dma-xlate.h>

#include "e2e.h"

/* First window whose CPU side holds @p, as the kernel's walk does. */
static dma_addr_t e2e_split_expect(const struct e2e_window *w, int n, phys_addr_t p)
{
	int i;

	for (i = 0; i < n; i++)
		if (p >= w[i].cpu && p - w[i].cpu < w[i].size)
			return p - w[i].cpu + w[i].dma;
	return DMA_MAPPING_ERROR;
}

static void e2e_split_xlate(struct device *dev, const struct e2e_window *w, int n)
{
	unsigned int i, k, tried = 0, bad = 0;
	phys_addr_t p;
	dma_addr_t got, want, gap;

	for (i = 0; i < n; i++) {
		/* First, middle and last page of each window, odd offsets. */
		for (k = 0; k < 3; k++) {
			p = w[i].cpu + (w[i].size - PAGE_SIZE) * k / 2 + 0x1f1 * (k + 1);
			got = xen_phys_to_dma(dev, p);
			want = e2e_split_expect(w, n, p);
			tried++;
			if (got != want || want == DMA_MAPPING_ERROR ||
			    xen_dma_to_phys(dev, got) != p ||
			    !xen_dma_capable(dev, p & PAGE_MASK, PAGE_SIZE)) {
				pr_info(E2E_PREFIX "split: phys %pa -> %pad, want %pad\n",
					&p, &got, &want);
				bad++;
			}
		}
	}
	/* The device-side gap between the windows belongs to no RAM. */
	gap = w[0].dma + w[0].size;
	if (xen_dma_to_phys(dev, gap) != (phys_addr_t)-1) {
		pr_info(E2E_PREFIX "split: dma %pad in the gap translated\n", &gap);
		bad++;
	}
	if (bad)
		e2e_report("split-xlate", E2E_FAIL, "%u of %u addresses wrong", bad, tried + 1);
	else
		e2e_report("split-xlate", E2E_PASS,
			   "%u addresses in %d windows translate and are DMA-capable page by page; dma %pad (gap) -> -1",
			   tried, n, &gap);
}

static void e2e_split_straddle(struct device *dev, phys_addr_t edge)
{
	bool below = xen_dma_capable(dev, edge - PAGE_SIZE, PAGE_SIZE);
	bool above = xen_dma_capable(dev, edge, PAGE_SIZE);
	bool across = xen_dma_capable(dev, edge - 0x800, 0x1000);
	bool contig = xen_phys_range_contiguous(edge - 0x800, 0x1000);

	if (below && above && !across && contig)
		e2e_report("split-straddle", E2E_PASS,
			   "pages either side of %pa accepted, the bus-contiguous range across it refused",
			   &edge);
	else
		e2e_report("split-straddle", E2E_FAIL,
			   "edge %pa: below %d, above %d, across %d (want 1 1 0), bus-contiguous %d",
			   &edge, below, above, across, contig);
}

/**
 * e2e_check_split() - Check two windows split on the device side.
 * @dev: The split device.
 *
 * Context: Process context.
 */
void e2e_check_split(struct device *dev)
{
	struct e2e_window w[E2E_MAX_WINDOWS];
	int n = e2e_windows(dev, w, E2E_MAX_WINDOWS);

	if (n != 2 || w[0].cpu + w[0].size != w[1].cpu || !dev->dma_range_map) {
		e2e_report("split-xlate", E2E_FAIL,
			   "dma-ranges: %d entries, want 2 adjacent on the CPU side; map %s",
			   n, dev->dma_range_map ? "set" : "missing");
		return;
	}
	pr_info(E2E_PREFIX "split: bus limit %#llx, dma mask %#llx\n",
		(unsigned long long)dev->bus_dma_limit, dev->dma_mask ? *dev->dma_mask : 0ULL);
	e2e_split_xlate(dev, w, n);
	e2e_split_straddle(dev, w[1].cpu);
}
