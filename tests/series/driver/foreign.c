// SPDX-License-Identifier: GPL-2.0
/*
 * A foreign page: dom0 grants one of its pages to itself and maps the
 * grant into a spare page, whose pfn then stands for another frame.  With
 * a coherent device, or when Xen can flush caches (Xen 4.17 can), swiotlb-
 * xen maps it directly, at the DMA address of the granted frame.
 */
#include <linux/dma-direct.h>
#include <linux/dma-mapping.h>
#include <linux/mm.h>
#include <xen/grant_table.h>
#include <xen/page.h>

#include "series.h"

#define SERIES_FOREIGN_LEN	2048

/*
 * Map @spare (which shows @granted) for @dev and check the mapping: direct,
 * at @granted's DMA address, which the device's own regions give.
 */
static void series_foreign_map(struct device *dev, const char *name,
			       struct page *granted, struct page *spare)
{
	const struct bus_dma_region *r = dev->dma_range_map;
	phys_addr_t frame = page_to_phys(granted);
	dma_addr_t want = r ? frame - r->cpu_start + r->dma_start : frame;
	dma_addr_t dma = dma_map_page(dev, spare, 0, SERIES_FOREIGN_LEN, DMA_TO_DEVICE);
	phys_addr_t phys = page_to_phys(spare);

	e2e_report(name, dma == want ? E2E_PASS : E2E_FAIL,
		   "spare pfn %#lx shows frame %pa: dma %pad, the granted frame's is %pad (%s)",
		   page_to_pfn(spare), &frame, &dma, &want,
		   series_kind_name(series_classify(dev, phys, dma)));
	if (!dma_mapping_error(dev, dma))
		dma_unmap_page(dev, dma, SERIES_FOREIGN_LEN, DMA_TO_DEVICE);
}

/**
 * series_check_foreign() - Check swiotlb-xen's mapping of a foreign page.
 * @dev: Device to map for.
 * @name: Name of the check.
 *
 * Context: Process context; sleeps.
 */
void series_check_foreign(struct device *dev, const char *name)
{
	struct gnttab_map_grant_ref map;
	struct gnttab_unmap_grant_ref unmap;
	struct page *granted = alloc_page(GFP_KERNEL), *spare = NULL;
	int ref = -1, ret;

	if (!granted || gnttab_alloc_pages(1, &spare)) {
		e2e_report(name, E2E_FAIL, "no pages");
		goto out;
	}
	ref = gnttab_grant_foreign_access(0, xen_page_to_gfn(granted), 0);
	if (ref < 0) {
		e2e_report(name, E2E_FAIL, "gnttab_grant_foreign_access: %d", ref);
		goto out;
	}
	/* On an auto-translated guest host_addr becomes __pa() of this. */
	gnttab_set_map_op(&map, (phys_addr_t)(uintptr_t)page_address(spare),
			  GNTMAP_host_map, ref, 0);
	ret = gnttab_map_refs(&map, NULL, &spare, 1);
	if (ret || map.status != GNTST_okay) {
		e2e_report(name, E2E_FAIL, "gnttab_map_refs: %d, status %d", ret, map.status);
		goto out;
	}
	series_foreign_map(dev, name, granted, spare);
	gnttab_set_unmap_op(&unmap, (phys_addr_t)(uintptr_t)page_address(spare),
			    GNTMAP_host_map, map.handle);
	if (gnttab_unmap_refs(&unmap, NULL, &spare, 1) || unmap.status != GNTST_okay) {
		/* Still mapped: neither page may go back to the allocator. */
		e2e_report("foreign-unmap", E2E_FAIL, "gnttab_unmap_refs failed");
		return;
	}
out:
	if (ref >= 0 && gnttab_end_foreign_access_ref(ref))
		gnttab_free_grant_reference(ref);
	if (spare)
		gnttab_free_pages(1, &spare);
	if (granted)
		__free_page(granted);
}
