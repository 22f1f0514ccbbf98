// SPDX-License-Identifier: GPL-2.0
/*
 * How much of a run of bus frames a device reaches without bouncing, for
 * the devices file of debugfs.
 *
 * dom0's RAM is walked once per read and cut into runs whose bus frames
 * follow one another; each run is then judged for every device by
 * arithmetic, not page by page: a run is split where a DMA region of the
 * device starts or ends, and within a piece every page lies in the same
 * region at the same offset, so the pages below the mask are counted in
 * one step.  An x86 PV dom0 with 8 GiB costs one p2m lookup per 4 KiB of
 * RAM per read, whatever the number of devices; a dom0 whose p2m is the
 * identity costs none.
 */
#include <kunit/visibility.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/dma-mapping.h>
#include <linux/minmax.h>
#include <linux/sched.h>

#include "debugfs.h"
#include "p2m.h"
#include "region.h"

/*
 * Xen pages from bus frame @bfn on, at most @pages, that share the fate of
 * the first: no region of the map starts or ends among them.  A region's
 * edges are the first page that starts in it, the page its last byte falls
 * in when that page is not whole in it, and the first page past it; a
 * region whose CPU side wraps runs to the top.  Frame numbers are taken
 * from byte addresses by shifts alone, so nothing here overflows.
 */
static unsigned long xen_dma_xlate_pages_alike(const struct bus_dma_region *map,
					       unsigned long bfn, unsigned long pages)
{
	const u64 top = (phys_addr_t)-1;
	u64 limit = (u64)bfn + pages, first, last, edge[3];
	int i;

	for (; map->size; map++) {
		first = map->cpu_start;
		last = map->size - 1 > top - first ? top : first + (map->size - 1);
		edge[0] = XEN_PFN_DOWN(first) + !!xen_offset_in_page(first);
		edge[1] = XEN_PFN_DOWN(last) + (xen_offset_in_page(last) == XEN_PAGE_SIZE - 1);
		edge[2] = XEN_PFN_DOWN(last) + 1;
		for (i = 0; i < ARRAY_SIZE(edge); i++)
			if (edge[i] > bfn && edge[i] < limit)
				limit = edge[i];
	}
	return limit - bfn;
}

/*
 * Of @pages pages whose last bytes are at DMA addresses @dma_last,
 * @dma_last + 4 KiB, ..., those whose last byte is at or below @limit once
 * the SME bit is set.  The C-bit lies above every address the machine
 * has, so setting it adds a constant; DMA_MAPPING_ERROR is no address.
 */
static unsigned long xen_dma_xlate_pages_below(u64 dma_last, unsigned long pages, u64 limit)
{
	u64 c_bit = __sme_set(0);

	limit = min_t(u64, limit, (u64)DMA_MAPPING_ERROR - 1);
	if (limit < c_bit || dma_last > limit - c_bit)
		return 0;
	return min_t(u64, pages, ((limit - c_bit - dma_last) >> XEN_PAGE_SHIFT) + 1);
}

/**
 * xen_dma_xlate_reach_run() - Count what a device reaches of a bus run.
 * @reach: The device and its counts so far.
 * @baddr: Bus address of the run's first Xen page.
 * @pages: Xen pages in the run; their bus frames follow one another.
 *
 * Adds @pages to @reach->pages, the pages the device DMAs to without
 * bouncing (as xen_dma_capable() judges one page) to @reach->reached, and
 * those no DMA region of the device covers to @reach->outside.
 *
 * Context: Any context.  Costs one step per region edge in the run.
 */
void xen_dma_xlate_reach_run(struct xen_dma_xlate_reach *reach, phys_addr_t baddr,
			     unsigned long pages)
{
	const struct bus_dma_region *map = reach->dev->dma_range_map;
	unsigned long bfn = XEN_PFN_DOWN(baddr), n;
	enum xen_dma_xlate_failure why;
	phys_addr_t first;
	u64 dma_last;

	reach->pages += pages;
	for (; pages; pages -= n, bfn += n) {
		n = map ? xen_dma_xlate_pages_alike(map, bfn, pages) : pages;
		/* The run's first page stands for all n, as xen_dma_capable() judges it. */
		first = (phys_addr_t)bfn << XEN_PAGE_SHIFT;
		if (xen_dma_xlate_dev_range_dma_last(reach->dev, first, first + XEN_PAGE_SIZE - 1,
						     &dma_last, &why))
			reach->reached += xen_dma_xlate_pages_below(dma_last, n, reach->limit);
		else
			reach->outside += n;
	}
}
EXPORT_SYMBOL_IF_KUNIT(xen_dma_xlate_reach_run);

/**
 * xen_dma_xlate_reach_ram() - Judge a range of RAM for every device.
 * @reach: One entry per device, counts so far.
 * @nr: Entries in @reach.
 * @start: Guest physical address of the range.
 * @end: First guest physical address past it.
 *
 * Walks the Xen pages of the range once (one p2m lookup each, none when
 * the p2m is the identity), cuts them into runs of bus frames that follow
 * one another, and judges each run for every device.  Pages without a bus
 * frame are left out.
 *
 * Context: Process context; may sleep (yields every 64K pages).
 */
void xen_dma_xlate_reach_ram(struct xen_dma_xlate_reach *reach, size_t nr,
			     phys_addr_t start, phys_addr_t end)
{
	unsigned long xen_pfn = XEN_PFN_UP(start), last = XEN_PFN_DOWN(end);
	unsigned long pages = 0;
	phys_addr_t run = 0, baddr;
	size_t i;

	if (xen_pfn >= last)
		return;
	if (xen_dma_xlate_p2m_is_identity()) {
		for (i = 0; i < nr; i++)
			xen_dma_xlate_reach_run(&reach[i], (phys_addr_t)xen_pfn << XEN_PAGE_SHIFT,
						last - xen_pfn);
		return;
	}
	for (; xen_pfn <= last; xen_pfn++) {
		baddr = xen_pfn < last ?
			xen_dma_xlate_phys_to_bus((phys_addr_t)xen_pfn << XEN_PAGE_SHIFT) :
			XEN_DMA_XLATE_NO_PHYS;
		if (pages && baddr == run + ((phys_addr_t)pages << XEN_PAGE_SHIFT)) {
			pages++;
		} else {
			for (i = 0; pages && i < nr; i++)
				xen_dma_xlate_reach_run(&reach[i], run, pages);
			run = baddr;
			pages = baddr != XEN_DMA_XLATE_NO_PHYS;
		}
		if (!(xen_pfn & 0xffff))
			cond_resched();
	}
}
EXPORT_SYMBOL_IF_KUNIT(xen_dma_xlate_reach_ram);
