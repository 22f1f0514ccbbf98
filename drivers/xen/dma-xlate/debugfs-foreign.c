// SPDX-License-Identifier: GPL-2.0
/*
 * The foreign-frames file of debugfs: how many of dom0's pfns hold another
 * domain's frame (grant and foreign mappings in place).
 */
#include <linux/ioport.h>
#include <linux/sched.h>
#include <xen/xen.h>

#include "debugfs.h"
#include "p2m.h"

#ifdef CONFIG_X86
/* x86 PV: the p2m entry itself marks another domain's frame. */
static bool xen_dma_xlate_pfn_is_foreign(unsigned long xen_pfn)
{
	unsigned long mfn = __pfn_to_mfn(xen_pfn);

	return mfn != INVALID_P2M_ENTRY && (mfn & FOREIGN_FRAME_BIT);
}

/* An auto-translated x86 guest has no p2m of its own to look at. */
static bool xen_dma_xlate_foreign_unknown(void)
{
	return xen_domain() && !xen_pv_domain();
}
#else
/* Arm: the p2m tracks only foreign frames, so any entry is one. */
static bool xen_dma_xlate_pfn_is_foreign(unsigned long xen_pfn)
{
	return xen_dma_xlate_pfn_to_bfn(xen_pfn) != xen_pfn;
}

static bool xen_dma_xlate_foreign_unknown(void)
{
	return false;
}
#endif

/*
 * Foreign frames are mapped into ballooned-out RAM pages, so the System
 * RAM ranges are where to look; the whole p2m of an x86 PV dom0 can span
 * the PCI holes up to the top of the machine's address space, far too
 * many entries for a debugfs read.  Frames mapped into unpopulated-alloc
 * scratch areas, outside System RAM, are not seen.
 */
static int xen_dma_xlate_count_foreign_ram(struct resource *res, void *data)
{
	unsigned long xen_pfn = XEN_PFN_UP(res->start);
	unsigned long end = XEN_PFN_DOWN(res->end + 1);
	long *foreign = data;

	for (; xen_pfn < end; xen_pfn++) {
		if (xen_dma_xlate_pfn_is_foreign(xen_pfn))
			(*foreign)++;
		if (!(xen_pfn & 0xffff))
			cond_resched();
	}
	return 0;
}

/**
 * xen_dma_xlate_count_foreign() - Count the local pfns holding foreign frames.
 *
 * Foreign frames are mapped into ballooned-out RAM pages, so only the
 * System RAM ranges are walked, one Xen page at a time.
 *
 * Context: Process context; may sleep.
 * Return: The number of such pfns, or -1 where the guest cannot tell (an
 * auto-translated x86 guest, whose p2m Xen keeps).
 */
long xen_dma_xlate_count_foreign(void)
{
	long foreign = 0;

	if (xen_dma_xlate_foreign_unknown())
		return -1;
	if (!xen_domain() || xen_dma_xlate_p2m_is_identity())
		return 0;
	walk_iomem_res_desc(IORES_DESC_NONE, IORESOURCE_SYSTEM_RAM | IORESOURCE_BUSY,
			    0, -1, &foreign, xen_dma_xlate_count_foreign_ram);
	return foreign;
}
