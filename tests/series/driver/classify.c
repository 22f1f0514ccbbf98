// SPDX-License-Identifier: GPL-2.0
/*
 * Judge a streaming mapping from outside swiotlb-xen: the DMA address it
 * returned is either the range's own (mapped directly), a slot of the
 * device's swiotlb pool (bounced), or wrong.  The range's own address
 * comes from the library, which the KUnit suites and the end-to-end
 * tests check against Xen's tables.
 */
#include <linux/dma-mapping.h>
#include <linux/list.h>
#include <linux/mm.h>
#include <linux/swiotlb.h>
#include <xen/dma-xlate.h>

#include "series.h"
#include "xdx-compat.h"

/**
 * series_kind_name() - Name a kind of mapping for a report line.
 * @kind: The kind.
 *
 * Context: Any context.
 * Return: A static string.
 */
const char *series_kind_name(enum series_map_kind kind)
{
	static const char * const names[] = {
		[SERIES_DIRECT] = "direct",
		[SERIES_BOUNCED] = "bounced",
		[SERIES_ERROR] = "mapping error",
		[SERIES_WRONG] = "WRONG address",
	};

	return names[kind];
}

/**
 * series_classify() - Tell how a range was mapped from the address it got.
 * @dev: Device it was mapped for.
 * @phys: Guest physical address of the range's first byte.
 * @dma: DMA address dma_map_page() returned for it.
 *
 * Context: Any context.
 * Return: %SERIES_DIRECT when @dma is the range's own DMA address,
 * %SERIES_BOUNCED when it is a slot of @dev's swiotlb pool, %SERIES_ERROR
 * for %DMA_MAPPING_ERROR, and %SERIES_WRONG for anything else.
 */
enum series_map_kind series_classify(struct device *dev, phys_addr_t phys,
				     dma_addr_t dma)
{
	phys_addr_t back;

	if (dma == DMA_MAPPING_ERROR)
		return SERIES_ERROR;
	if (dma == xen_phys_to_dma(dev, phys))
		return SERIES_DIRECT;
	back = xen_dma_to_phys(dev, dma);
	if (back != (phys_addr_t)-1 && xdx_is_swiotlb_buffer(dev, back))
		return SERIES_BOUNCED;
	return SERIES_WRONG;
}

/**
 * series_expect_map() - Map a range for DMA and check how it was mapped.
 * @dev: Device to map for.
 * @name: Name of the check.
 * @page: First page of the range.
 * @offset: Offset of the range in @page.
 * @size: Bytes.
 * @expected: What swiotlb-xen must have done.
 *
 * The mapping is for DMA_TO_DEVICE only, so a bounce reads the range and
 * writes nothing back: safe on pages the test does not own.
 *
 * Context: Process context.
 */
void series_expect_map(struct device *dev, const char *name,
		       struct page *page, unsigned long offset, size_t size,
		       enum series_map_kind expected)
{
	phys_addr_t phys = page_to_phys(page) + offset;
	dma_addr_t dma = dma_map_page(dev, page, offset, size, DMA_TO_DEVICE);
	enum series_map_kind kind = series_classify(dev, phys, dma);

	e2e_report(name, kind == expected ? E2E_PASS : E2E_FAIL,
		   "phys %pa + %zu bytes -> dma %pad: %s (expected %s)",
		   &phys, size, &dma, series_kind_name(kind),
		   series_kind_name(expected));
	if (dma != DMA_MAPPING_ERROR)
		dma_unmap_page(dev, dma, size, DMA_TO_DEVICE);
}

/* Pages allocated at most to find a low and a high one: most of dom0. */
#define SERIES_TRIES	65536

/**
 * series_pick_pages() - Allocate a page below and a page above a DMA limit.
 * @dev: Device whose DMA addresses count.
 * @limit: Last DMA address the device reaches.
 * @low: Set to a page whose DMA addresses all lie at or below @limit, or NULL.
 * @high: Set to a page whose DMA addresses do not, or NULL.
 *
 * Xen hands dom0 memory from both sides of the test devices' limits, but
 * the page allocator may hand out one side first: keep what it gives until
 * both are found, then free the pages tried on the way.
 *
 * Context: Process context; sleeps.
 */
void series_pick_pages(struct device *dev, u64 limit, struct page **low,
		       struct page **high)
{
	struct page *page, *tmp;
	LIST_HEAD(spare);
	dma_addr_t dma;
	bool below;
	int i;

	*low = NULL;
	*high = NULL;
	for (i = 0; i < SERIES_TRIES && (!*low || !*high); i++) {
		/* Fail rather than wake the OOM killer, which would kill insmod. */
		page = alloc_page(GFP_KERNEL | __GFP_NORETRY | __GFP_NOWARN);
		if (!page)
			break;
		dma = xen_phys_to_dma(dev, page_to_phys(page));
		below = dma != DMA_MAPPING_ERROR && dma + PAGE_SIZE - 1 <= limit;
		if (below && !*low)
			*low = page;
		else if (!below && !*high)
			*high = page;
		else
			list_add(&page->lru, &spare);
	}
	list_for_each_entry_safe(page, tmp, &spare, lru)
		__free_page(page);
}
