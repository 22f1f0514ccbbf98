// SPDX-License-Identifier: GPL-2.0
/*
 * Check (a): the library's translations against Xen's own tables.
 *
 * For every 4 KiB page of a buffer, the DMA address the library computes
 * must be the machine frame that the p2m array holds for the page's pfn,
 * and Xen's M2P must map that frame back to the pfn.  The device has no
 * dma_range_map, so its DMA address is the bus (machine) address.
 */
#include <linux/device.h>
#include <linux/dma-mapping.h>
#include <linux/mm.h>
#include <xen/dma-xlate.h>
#include <xen/page.h>

#include "e2e.h"

/**
 * e2e_check_page() - Compare the library with the tables for one page.
 * @dev: Device the DMA addresses are for.
 * @vaddr: Address inside the page.
 * @moved: Incremented when the page's machine frame differs from its pfn.
 *
 * Context: Any context.
 * Return: NULL when all agree, else what disagreed.
 */
static const char *e2e_check_page(struct device *dev, const void *vaddr,
				  unsigned long *moved)
{
	unsigned long pfn = e2e_pfn_of(vaddr);
	unsigned long mfn = e2e_p2m_mfn(pfn);
	phys_addr_t phys = PFN_PHYS(pfn) + offset_in_page(vaddr);
	dma_addr_t want = ((dma_addr_t)mfn << XEN_PAGE_SHIFT) + offset_in_page(vaddr);

	if (mfn == E2E_NO_MFN)
		return "no machine frame in the p2m";
	if (!e2e_m2p_is(mfn, pfn))
		return "M2P does not map the frame back";
	if (xen_virt_to_phys(vaddr) != phys)
		return "xen_virt_to_phys";
	if (xen_phys_to_dma(dev, phys) != want)
		return "xen_phys_to_dma";
	if (xen_virt_to_dma(dev, vaddr) != want)
		return "xen_virt_to_dma";
	if (xen_dma_to_phys(dev, want) != phys)
		return "xen_dma_to_phys";
	if (mfn != pfn)
		(*moved)++;
	return NULL;
}

/**
 * e2e_check_p2m() - Run check (a) on one buffer and report it.
 * @dev: Device the DMA addresses are for.
 * @name: Check name.
 * @buf: Page-aligned buffer.
 * @pages: Its length in pages.
 * @handle: Its DMA handle when it came from dma_alloc_coherent(), else 0.
 *
 * Each page is checked at an odd offset so that a lost offset shows.
 *
 * Context: Process context.
 */
void e2e_check_p2m(struct device *dev, const char *name, void *buf,
		   size_t pages, dma_addr_t handle)
{
	unsigned long moved = 0;
	const char *bad;
	dma_addr_t dma;
	size_t i;

	if (!buf) {
		e2e_report(name, E2E_FAIL, "allocation failed");
		return;
	}
	/* swiotlb-xen computed the handle its own way: it must agree. */
	dma = xen_virt_to_dma(dev, buf);
	if (handle && dma != handle) {
		e2e_report(name, E2E_FAIL, "handle %pad != xen_virt_to_dma %pad",
			   &handle, &dma);
		return;
	}
	for (i = 0; i < pages; i++) {
		void *p = buf + i * PAGE_SIZE + 0x123;

		bad = e2e_check_page(dev, p, &moved);
		if (bad) {
			e2e_report(name, E2E_FAIL, "page %zu (pfn %#lx): %s",
				   i, e2e_pfn_of(p), bad);
			return;
		}
	}
	e2e_report(name, moved ? E2E_PASS : E2E_FAIL,
		   "pages=%zu mfn!=pfn=%lu first pfn %#lx -> mfn %#lx", pages, moved,
		   e2e_pfn_of(buf), e2e_p2m_mfn(e2e_pfn_of(buf)));
}
