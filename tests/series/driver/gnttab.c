// SPDX-License-Identifier: GPL-2.0
/*
 * The grant-table DMA buffers: gnttab_dma_alloc_pages() must hand back the
 * pages behind the buffer it allocated, since it scrubs them, unmaps them
 * and gives them back to Xen.  The unconverted kernel takes the DMA handle
 * for a physical address and picks other pages (which may crash dom0:
 * this check runs last).  Freeing must hand the DMA API the handle it gave.
 */
#include <linux/dma-mapping.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <xen/grant_table.h>

#include "series.h"

#define SERIES_GNTTAB_PAGES	4

/* The kernel's own lookup, independent of the library under test. */
static struct page *series_page_behind(void *vaddr)
{
	return is_vmalloc_addr(vaddr) ? vmalloc_to_page(vaddr) : virt_to_page(vaddr);
}

/**
 * series_check_gnttab() - Check the pages of a grant-table DMA buffer.
 * @dev: Device with a DMA offset or behind a real p2m.
 * @name: Name of the check.
 *
 * Context: Process context.
 */
void series_check_gnttab(struct device *dev, const char *name)
{
	struct page *pages[SERIES_GNTTAB_PAGES];
	xen_pfn_t frames[SERIES_GNTTAB_PAGES];
	struct gnttab_dma_alloc_args args = {
		.dev = dev,
		.coherent = true,
		.nr_pages = SERIES_GNTTAB_PAGES,
		.pages = pages,
		.frames = frames,
	};
	unsigned long want = 0, got = 0;
	dma_addr_t handle;
	int i, ret, wrong = 0;

	pr_info(E2E_PREFIX "# BEGIN %s\n", name);
	ret = gnttab_dma_alloc_pages(&args);
	if (ret) {
		e2e_report(name, E2E_FAIL, "gnttab_dma_alloc_pages() failed: %d", ret);
		return;
	}
	for (i = 0; i < SERIES_GNTTAB_PAGES; i++) {
		struct page *behind = series_page_behind(args.vaddr + i * PAGE_SIZE);

		if (pages[i] != behind && !wrong++) {
			want = page_to_pfn(behind);
			got = page_to_pfn(pages[i]);
		}
	}
	if (wrong) {
		/* Those pages are not ours to give back: leak the buffer. */
		e2e_report(name, E2E_FAIL,
			   "%d of %d pages are not the buffer's: handle %pad, buffer pfn 0x%lx, picked pfn 0x%lx",
			   wrong, SERIES_GNTTAB_PAGES, &args.dev_bus_addr, want, got);
		return;
	}
	/*
	 * dma_free_*() must be given the handle dma_alloc_*() returned: one
	 * rewritten on the way (to the machine address of frames exchanged
	 * at free time) makes dma-direct free pages that are not the buffer's.
	 */
	handle = args.dev_bus_addr;
	ret = gnttab_dma_free_pages(&args);
	if (args.dev_bus_addr != handle) {
		e2e_report(name, E2E_FAIL,
			   "free rewrote the DMA handle %pad to %pad before freeing with it",
			   &handle, &args.dev_bus_addr);
		return;
	}
	e2e_report(name, ret ? E2E_FAIL : E2E_PASS,
		   "%d of %d pages are the buffer's (handle %pad, first pfn 0x%lx), free: %d",
		   SERIES_GNTTAB_PAGES, SERIES_GNTTAB_PAGES, &handle,
		   page_to_pfn(pages[0]), ret);
}
