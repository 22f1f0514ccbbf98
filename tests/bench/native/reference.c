// SPDX-License-Identifier: GPL-2.0
/*
 * What Linux 6.1's drivers/xen/swiotlb-xen.c does today, written from its
 * description for the benchmark to time against the library:
 *
 * - phys to DMA: pfn_to_bfn() of the Xen frame, the offset put back, then
 *   phys_to_dma(): translate_phys_to_dma()'s walk over dev->dma_range_map,
 *   which subtracts the region's precomputed offset field, and __sme_set().
 * - DMA to phys: dma_to_phys() (the walk on the DMA side, adding offset),
 *   then bfn_to_pfn() of the bus frame, the offset put back.  Nothing
 *   checks that the local frame maps back to the same bus frame.
 * - range_straddles_page_boundary(): pfn_to_bfn() of the first frame, then
 *   one pfn_to_bfn() per following Xen frame, stopping at the first frame
 *   that does not follow.
 * - the map_page() bounce decision: dma_capable() (with a 64-bit
 *   dma_addr_t it only compares the last byte with the mask and bus
 *   limit) and no straddle.
 *
 * It is built against the same shims and p2m model as the library, in a
 * file of its own, so each side costs one out-of-line call.  In the kernel
 * these helpers are static inline in swiotlb-xen.c; the in-kernel module
 * (../kernel/) times that case.
 */
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/mem_encrypt.h>
#include <linux/minmax.h>
#include <xen/page.h>
#include "reference.h"

#define XBM_XEN_PFN_UP(x)	(((x) + XEN_PAGE_SIZE - 1) >> XEN_PAGE_SHIFT)

static inline phys_addr_t xbm_ref_phys_to_bus(phys_addr_t paddr)
{
	unsigned long bfn = pfn_to_bfn(XEN_PFN_DOWN(paddr));

	return ((phys_addr_t)bfn << XEN_PAGE_SHIFT) | (paddr & ~XEN_PAGE_MASK);
}

dma_addr_t xbm_ref_phys_to_dma(struct device *dev, phys_addr_t paddr)
{
	const struct bus_dma_region *m;
	phys_addr_t baddr = xbm_ref_phys_to_bus(paddr);

	if (!dev->dma_range_map)
		return __sme_set(baddr);
	for (m = dev->dma_range_map; m->size; m++)
		if (baddr >= m->cpu_start && baddr - m->cpu_start < m->size)
			return __sme_set(baddr - m->offset);
	return DMA_MAPPING_ERROR;
}

phys_addr_t xbm_ref_dma_to_phys(struct device *dev, dma_addr_t dma_addr)
{
	const struct bus_dma_region *m;
	phys_addr_t baddr = __sme_clr(dma_addr);
	unsigned long xen_pfn;

	if (dev->dma_range_map) {
		for (m = dev->dma_range_map; m->size; m++)
			if (baddr >= m->dma_start && baddr - m->dma_start < m->size)
				break;
		baddr = m->size ? baddr + m->offset : (phys_addr_t)-1;
	}
	xen_pfn = bfn_to_pfn(XEN_PFN_DOWN(baddr));
	return ((phys_addr_t)xen_pfn << XEN_PAGE_SHIFT) | (baddr & ~XEN_PAGE_MASK);
}

int xbm_ref_range_straddles(phys_addr_t paddr, size_t size)
{
	unsigned long next_bfn, xen_pfn = XEN_PFN_DOWN(paddr);
	unsigned int i, nr_frames = XBM_XEN_PFN_UP(xen_offset_in_page(paddr) + size);

	next_bfn = pfn_to_bfn(xen_pfn);
	for (i = 1; i < nr_frames; i++)
		if (pfn_to_bfn(++xen_pfn) != ++next_bfn)
			return 1;
	return 0;
}

bool xbm_ref_dma_capable(struct device *dev, phys_addr_t paddr, size_t size)
{
	dma_addr_t dma_addr = xbm_ref_phys_to_dma(dev, paddr);

	if (dma_addr == DMA_MAPPING_ERROR)
		return false;
	return dma_addr + size - 1 <= min_not_zero(*dev->dma_mask, dev->bus_dma_limit) &&
	       !xbm_ref_range_straddles(paddr, size);
}
