// SPDX-License-Identifier: GPL-2.0
/*
 * Check: a kernel-image address, seen from a module.
 *
 * A module cannot see _text and _end, so the library takes the x86 image
 * window and asks the page tables whether the page is mapped.  The image's
 * own translation (__pa_symbol()) is the oracle for the physical address,
 * and the p2m read without the library for the bus address.
 */
#include <linux/jiffies.h>
#include <linux/mm.h>
#include <xen/dma-xlate.h>
#include <xen/page.h>

#include "e2e.h"

/**
 * e2e_check_image() - Translate an address inside the kernel image.
 * @dev: Device without DMA regions, so that DMA address = bus address.
 *
 * Context: Process context.
 */
void e2e_check_image(struct device *dev)
{
	const u8 *p = (const u8 *)&jiffies_64 + 3;
	phys_addr_t want = __pa_symbol(&jiffies_64) + 3;
	phys_addr_t got = xen_virt_to_phys(p);
	unsigned long mfn = e2e_p2m_mfn(PFN_DOWN(want));
	dma_addr_t dma = xen_virt_to_dma(dev, p);
	dma_addr_t want_dma = ((dma_addr_t)mfn << XEN_PAGE_SHIFT) | offset_in_page(want);
	bool ok = got == want && mfn != E2E_NO_MFN && dma == want_dma &&
		  xen_virt_to_page(p) == virt_to_page(&jiffies_64);

	e2e_report("virt-image", ok ? E2E_PASS : E2E_FAIL,
		   "&jiffies_64+3 -> phys %pa (__pa_symbol %pa), dma %pad (p2m mfn 0x%lx)",
		   &got, &want, &dma, mfn);
}
