// SPDX-License-Identifier: GPL-2.0
/*
 * Check c: a foreign frame behind a local page.  dom0 grants one of its
 * pages to itself and maps the grant into a spare (ballooned) page, the
 * way a backend maps a frontend's buffer.  The spare page's guest physical
 * address is then backed by the granted page's machine frame, which Arm's
 * p2m (an rb-tree of foreign mappings) records; every other page of dom0
 * stays 1:1.  The device has no dma_range_map, so DMA address = bus
 * address and only the p2m is exercised.
 */
#include <linux/device.h>
#include <linux/dma-mapping.h>
#include <linux/gfp.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <xen/grant_table.h>
#include <xen/page.h>
#include <xen/dma-xlate.h>

#include "e2e.h"

#define E2E_OFF	0x123	/* an odd offset inside the page, kept by the library */

struct e2e_grant {
	struct page *page;	/* dom0's page, granted */
	struct page *spare;	/* where the grant is mapped */
	grant_ref_t ref;
	struct gnttab_map_grant_ref map;
};

/*
 * xen_dma_capable() must judge the spare page by the granted frame behind
 * it.  Both lie in dom0's RAM, which the plain device reaches whole, so
 * set its bus limit just above the lower of the two frames (as bus code
 * may set a limit; nothing else uses this device) and put it back after:
 * the answer then tells which address was used.
 */
static void e2e_grant_capable(struct device *dev, phys_addr_t granted, phys_addr_t spare)
{
	u64 saved = dev->bus_dma_limit, limit = min(granted, spare) + PAGE_SIZE - 1;
	bool got, want;

	dev->bus_dma_limit = limit;
	got = xen_dma_capable(dev, spare, PAGE_SIZE);
	dev->bus_dma_limit = saved;
	want = granted < spare;
	if (got == want)
		e2e_report("grant-capable", E2E_PASS,
			   "bus limit %#llx: capable(spare) %d, as the granted frame %pa says (the spare's own address %pa would say %d)",
			   limit, got, &granted, &spare, !want);
	else
		e2e_report("grant-capable", E2E_FAIL,
			   "bus limit %#llx: capable(spare) %d, want %d (granted frame %pa, spare %pa)",
			   limit, got, want, &granted, &spare);
}

/* The bus address of a Xen frame, from the kernel's own p2m lookup. */
static phys_addr_t e2e_bus_frame(unsigned long xen_pfn)
{
	return (phys_addr_t)pfn_to_bfn(xen_pfn) << XEN_PAGE_SHIFT;
}

/*
 * The kernel's own answer, frame by frame: does every Xen frame of
 * [paddr, paddr + size) follow the one before it on the bus?  Xen frames,
 * not pages: under 16 KiB or 64 KiB pages a grant backs only the first
 * 4 KiB of the spare page, and the rest of it stays where it was.
 */
static bool e2e_bus_contiguous(phys_addr_t paddr, size_t size)
{
	unsigned long xen_pfn = XEN_PFN_DOWN(paddr);
	unsigned long last = XEN_PFN_DOWN(paddr + size - 1);
	unsigned long bfn = pfn_to_bfn(xen_pfn);

	while (xen_pfn++ < last)
		if (pfn_to_bfn(xen_pfn) != ++bfn)
			return false;
	return true;
}

/* What the library says while the grant is mapped. */
static void e2e_grant_mapped(struct device *dev, struct e2e_grant *g)
{
	phys_addr_t granted = page_to_phys(g->page), spare = page_to_phys(g->spare);
	phys_addr_t back, spare_bus, next_bus, prev_bus;
	dma_addr_t got = xen_phys_to_dma(dev, spare + E2E_OFF);
	unsigned long spare_xen_pfn = XEN_PFN_DOWN(spare);
	bool next, prev, want_next, want_prev;
	u8 *pv = page_address(g->page), *sv = page_address(g->spare);

	/* The kernel's own view of the p2m, and a look through the mapping. */
	pr_info(E2E_PREFIX
		"grant: page %pa granted as ref %u, mapped at spare %pa, dev_bus_addr %#llx, pfn_to_bfn(spare) %#lx\n",
		&granted, g->ref, &spare, g->map.dev_bus_addr, pfn_to_bfn(spare_xen_pfn));
	memset(pv, 0x5a, PAGE_SIZE);
	pv[E2E_OFF] = 0xc3;
	if (sv[E2E_OFF] != 0xc3 || sv[0] != 0x5a)
		e2e_report("grant-content", E2E_FAIL,
			   "the spare page does not show the granted page's bytes (%#x %#x)",
			   sv[0], sv[E2E_OFF]);
	else
		e2e_report("grant-content", E2E_PASS,
			   "bytes written through page %pa read back through spare %pa",
			   &granted, &spare);

	if (got == granted + E2E_OFF && got != spare + E2E_OFF)
		e2e_report("grant-phys-to-dma", E2E_PASS,
			   "xen_phys_to_dma(spare + %#x) = %pad = granted page's bus address, not %pa",
			   E2E_OFF, &got, &spare);
	else
		e2e_report("grant-phys-to-dma", E2E_FAIL,
			   "xen_phys_to_dma(spare + %#x) = %pad, want %pa (granted page), spare is %pa",
			   E2E_OFF, &got, &granted, &spare);

	/*
	 * The spare page with its successor, and its predecessor with it:
	 * contiguous on the bus only if the kernel's own p2m lookup says so
	 * for every Xen frame.  The rows show the frames at the seams: the
	 * previous page's last, the spare's first (the granted one) and the
	 * next page's first.
	 */
	spare_bus = e2e_bus_frame(spare_xen_pfn);
	next_bus = e2e_bus_frame(XEN_PFN_DOWN(spare + PAGE_SIZE));
	prev_bus = e2e_bus_frame(spare_xen_pfn - 1);
	want_next = e2e_bus_contiguous(spare, 2 * PAGE_SIZE);
	want_prev = e2e_bus_contiguous(spare - PAGE_SIZE, 2 * PAGE_SIZE);
	next = xen_phys_range_contiguous(spare, 2 * PAGE_SIZE);
	prev = xen_phys_range_contiguous(spare - PAGE_SIZE, 2 * PAGE_SIZE);
	if (next == want_next && prev == want_prev)
		e2e_report("grant-contiguous", E2E_PASS,
			   "spare+next %s, prev+spare %s (bus frames %pa, %pa, %pa %s)",
			   next ? "contiguous" : "not contiguous",
			   prev ? "contiguous" : "not contiguous",
			   &prev_bus, &spare_bus, &next_bus,
			   want_next || want_prev ? "partly follow" : "do not follow");
	else
		e2e_report("grant-contiguous", E2E_FAIL,
			   "spare+next %d (want %d), prev+spare %d (want %d); bus frames %pa, %pa, %pa",
			   next, want_next, prev, want_prev, &prev_bus, &spare_bus, &next_bus);

	e2e_grant_capable(dev, granted, spare);

	/* The spare page's old bus address: no local page owns it now. */
	back = xen_dma_to_phys(dev, spare + E2E_OFF);
	if (back == (phys_addr_t)-1)
		e2e_report("grant-dma-to-phys", E2E_PASS,
			   "xen_dma_to_phys(spare's own old bus address %pa) refused while foreign-mapped",
			   &spare);
	else
		e2e_report("grant-dma-to-phys", E2E_FAIL,
			   "xen_dma_to_phys(%pa) = %pa while foreign-mapped, want -1",
			   &spare, &back);
	back = xen_dma_to_phys(dev, got);
	pr_info(E2E_PREFIX
		"grant: xen_dma_to_phys(%pad) = %pa (the granting page owns its frame)\n",
		&got, &back);
}

/*
 * Unmap, end access, and check that the spare page is 1:1 again.  Returns
 * false when the unmap failed or access could not be ended: both pages
 * must then be leaked, Xen may still write to them.
 */
static bool e2e_grant_unmap(struct device *dev, struct e2e_grant *g)
{
	phys_addr_t spare = page_to_phys(g->spare), back;
	struct gnttab_unmap_grant_ref unmap;
	dma_addr_t got;
	int ret, ended;

	gnttab_set_unmap_op(&unmap, (phys_addr_t)(uintptr_t)page_address(g->spare),
			    GNTMAP_host_map, g->map.handle);
	ret = gnttab_unmap_refs(&unmap, NULL, &g->spare, 1);
	ended = gnttab_end_foreign_access_ref(g->ref);
	if (ended)
		gnttab_free_grant_reference(g->ref);
	got = xen_phys_to_dma(dev, spare + E2E_OFF);
	back = xen_dma_to_phys(dev, spare + E2E_OFF);
	if (ret || unmap.status != GNTST_okay || !ended)
		e2e_report("grant-unmap", E2E_FAIL,
			   "gnttab_unmap_refs %d, status %d, end access %d",
			   ret, unmap.status, ended);
	else if (got != spare + E2E_OFF || back != spare + E2E_OFF)
		e2e_report("grant-unmap", E2E_FAIL,
			   "after unmap: spare %pa -> %pad -> %pa, want identity",
			   &spare, &got, &back);
	else
		e2e_report("grant-unmap", E2E_PASS,
			   "unmapped, access ended; spare %pa -> %pad -> %pa (identity again)",
			   &spare, &got, &back);
	return !ret && unmap.status == GNTST_okay && ended;
}

/**
 * e2e_check_grant() - Check c: a grant mapping of dom0's own page.
 * @dev: A device without dma_range_map.
 *
 * Context: Process context.
 */
void e2e_check_grant(struct device *dev)
{
	struct e2e_grant g = { };
	int ret;

	if (dev->dma_range_map) {
		e2e_report("grant-map", E2E_FAIL, "the plain device has a dma_range_map");
		return;
	}
	g.page = alloc_page(GFP_KERNEL);
	if (!g.page) {
		e2e_report("grant-map", E2E_FAIL, "alloc_page failed");
		return;
	}
	ret = gnttab_grant_foreign_access(0, xen_page_to_gfn(g.page), 0);
	if (ret < 0) {
		e2e_report("grant-map", E2E_FAIL, "gnttab_grant_foreign_access: %d", ret);
		goto free_page;
	}
	g.ref = ret;
	ret = gnttab_alloc_pages(1, &g.spare);
	if (ret) {
		e2e_report("grant-map", E2E_FAIL, "gnttab_alloc_pages: %d", ret);
		gnttab_end_foreign_access_ref(g.ref);
		gnttab_free_grant_reference(g.ref);
		goto free_page;
	}
	/* On an auto-translated guest host_addr becomes __pa() of this. */
	gnttab_set_map_op(&g.map, (phys_addr_t)(uintptr_t)page_address(g.spare),
			  GNTMAP_host_map, g.ref, 0);
	ret = gnttab_map_refs(&g.map, NULL, &g.spare, 1);
	if (ret || g.map.status != GNTST_okay) {
		e2e_report("grant-map", E2E_FAIL,
			   "gnttab_map_refs: %d, status %d", ret, g.map.status);
		gnttab_end_foreign_access_ref(g.ref);
		gnttab_free_grant_reference(g.ref);
		goto free_spare;
	}
	e2e_report("grant-map", E2E_PASS,
		   "dom0 page %#lx granted to dom0 (ref %u), mapped at pfn %#lx",
		   page_to_pfn(g.page), g.ref, page_to_pfn(g.spare));
	e2e_grant_mapped(dev, &g);
	if (!e2e_grant_unmap(dev, &g)) {
		/* Still granted: neither page may go back to the allocator. */
		return;
	}
free_spare:
	gnttab_free_pages(1, &g.spare);
free_page:
	__free_page(g.page);
}
