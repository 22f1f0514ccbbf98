// SPDX-License-Identifier: GPL-2.0
/*
 * Check (d): the range checks against Xen's tables.
 *
 * xen_phys_range_contiguous() and xen_dma_capable() must refuse a range
 * whose pages are adjacent as pfns but not as machine frames, and
 * xen_dma_capable() must refuse a page the device's 28-bit mask cannot
 * reach.  A second, unregistered device with a 64-bit mask separates the
 * two reasons: it passes every single page, so a refusal for it can only
 * come from contiguity.  The library reads nothing of a device but its
 * mask, bus limit and dma_range_map, so such a device is enough.
 *
 * The scan compares the library with the tables for every pfn of the first
 * 4 GiB.
 */
#include <linux/device.h>
#include <linux/dma-mapping.h>
#include <linux/jiffies.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <xen/dma-xlate.h>
#include <xen/page.h>

#include "e2e.h"

#define E2E_MASK_PFNS	(1UL << (E2E_EDU_DMA_BITS - PAGE_SHIFT))
#define E2E_NONE	(~0UL)	/* no pfn found yet */
/*
 * The p2m array has room for memory hotplug (512 GiB); the VM has 512 MiB.
 * The first 4 GiB of pfns hold all of dom0's RAM and the PCI hole.
 */
#define E2E_SCAN_PFNS	(SZ_4G >> PAGE_SHIFT)

/* A machine frame that dom0 owns: the M2P maps it back to its pfn. */
static bool e2e_owned(unsigned long pfn, unsigned long mfn)
{
	return mfn != E2E_NO_MFN && !e2e_p2m_identity(pfn) && e2e_m2p_is(mfn, pfn);
}

struct e2e_scan {
	unsigned long pfns, owned, below_mask, breaks, wrong, ms;
	unsigned long first_break, first_high, first_low, first_wrong;
};

/*
 * What the library must answer for pfn @pfn (and @pfn + 1), from the
 * tables alone.  Returns false on the first disagreement.
 */
static bool e2e_scan_pfn(struct device *dev, unsigned long pfn,
			 struct e2e_scan *s)
{
	unsigned long mfn = e2e_p2m_mfn(pfn), next = e2e_p2m_mfn(pfn + 1);
	phys_addr_t phys = PFN_PHYS(pfn);
	dma_addr_t want = mfn == E2E_NO_MFN ? DMA_MAPPING_ERROR :
			  (dma_addr_t)mfn << XEN_PAGE_SHIFT;
	bool joined = mfn != E2E_NO_MFN && next != E2E_NO_MFN && next == mfn + 1;
	bool low = mfn != E2E_NO_MFN && mfn < E2E_MASK_PFNS;

	s->pfns++;
	if (e2e_owned(pfn, mfn)) {
		s->owned++;
		if (low) {
			s->below_mask++;
			if (s->first_low == E2E_NONE)
				s->first_low = pfn;
		} else if (s->first_high == E2E_NONE) {
			s->first_high = pfn;
		}
		if (!joined && e2e_owned(pfn + 1, next)) {
			s->breaks++;
			if (s->first_break == E2E_NONE)
				s->first_break = pfn;
		}
	}
	return xen_phys_to_dma(dev, phys) == want &&
	       xen_phys_range_contiguous(phys + PAGE_SIZE / 2, PAGE_SIZE) == joined &&
	       xen_dma_capable(dev, phys, PAGE_SIZE) == low;
}

/* Report the range checks on one pair of pages around a page boundary. */
static void e2e_check_pair(struct device *dev64, const char *name,
			   unsigned long pfn, bool joined)
{
	phys_addr_t mid = PFN_PHYS(pfn + 1) - 16;
	bool contig = xen_phys_range_contiguous(mid, 32);
	bool cap64 = xen_dma_capable(dev64, mid, 32);
	bool single = xen_dma_capable(dev64, PFN_PHYS(pfn), PAGE_SIZE) &&
		      xen_dma_capable(dev64, PFN_PHYS(pfn + 1), PAGE_SIZE);

	e2e_report(name, contig == joined && cap64 == joined && single ?
		   E2E_PASS : E2E_FAIL,
		   "pfn %#lx,%#lx -> mfn %#lx,%#lx: contiguous=%d capable64=%d each-page-capable64=%d",
		   pfn, pfn + 1, e2e_p2m_mfn(pfn), e2e_p2m_mfn(pfn + 1),
		   contig, cap64, single);
}

/* Report the mask check on one page, which must be capable iff low. */
static void e2e_check_mask(struct device *dev, struct device *dev64,
			   const char *name, unsigned long pfn)
{
	bool low = e2e_p2m_mfn(pfn) < E2E_MASK_PFNS;
	bool cap = xen_dma_capable(dev, PFN_PHYS(pfn), PAGE_SIZE);
	bool cap64 = xen_dma_capable(dev64, PFN_PHYS(pfn), PAGE_SIZE);

	e2e_report(name, cap == low && cap64 ? E2E_PASS : E2E_FAIL,
		   "pfn %#lx -> mfn %#lx: capable(28-bit)=%d capable(64-bit)=%d",
		   pfn, e2e_p2m_mfn(pfn), cap, cap64);
}

/**
 * e2e_check_capable() - Run check (d) and report it.
 * @dev: The edu device, with its 28-bit mask.
 *
 * Context: Process context.
 */
void e2e_check_capable(struct device *dev)
{
	struct e2e_scan s = {
		.first_break = E2E_NONE, .first_high = E2E_NONE,
		.first_low = E2E_NONE, .first_wrong = E2E_NONE,
	};
	unsigned long pfn, last = min(e2e_p2m_pfns(), E2E_SCAN_PFNS) - 1;
	struct device *dev64;
	u64 *mask64;

	dev64 = kzalloc(sizeof(*dev64), GFP_KERNEL);
	mask64 = kmalloc(sizeof(*mask64), GFP_KERNEL);
	if (!dev64 || !mask64) {
		e2e_report("capable", E2E_FAIL, "allocation failed");
		goto out;
	}
	*mask64 = DMA_BIT_MASK(64);
	dev64->dma_mask = mask64;

	s.ms = jiffies;
	for (pfn = 0; pfn < last; pfn++) {
		if (!e2e_scan_pfn(dev, pfn, &s)) {
			s.wrong++;
			if (s.first_wrong == E2E_NONE)
				s.first_wrong = pfn;
		}
		if (!(pfn & 0xffff))
			cond_resched();
	}
	s.ms = jiffies_to_msecs(jiffies - s.ms);
	if (s.wrong)
		e2e_report("capable-scan", E2E_FAIL,
			   "pfns=%lu mismatches=%lu, the first at pfn %#lx -> mfn %#lx",
			   s.pfns, s.wrong, s.first_wrong, e2e_p2m_mfn(s.first_wrong));
	else
		e2e_report("capable-scan", s.breaks ? E2E_PASS : E2E_FAIL,
			   "pfns=%lu dom0-owned=%lu below-2^28=%lu breaks=%lu mismatches=0 in %lu ms",
			   s.pfns, s.owned, s.below_mask, s.breaks, s.ms);

	if (s.breaks)
		e2e_check_pair(dev64, "capable-noncontiguous", s.first_break, false);
	else
		e2e_report("capable-noncontiguous", E2E_FAIL, "no discontinuity in the p2m");
	/* The pair before a break is the end of a run; look for a joined one. */
	for (pfn = 0; pfn < last; pfn++)
		if (e2e_owned(pfn, e2e_p2m_mfn(pfn)) &&
		    e2e_p2m_mfn(pfn + 1) == e2e_p2m_mfn(pfn) + 1)
			break;
	if (pfn < last)
		e2e_check_pair(dev64, "capable-contiguous", pfn, true);
	else
		e2e_report("capable-contiguous", E2E_FAIL, "no contiguous pair in the p2m");

	if (s.first_high != E2E_NONE)
		e2e_check_mask(dev, dev64, "capable-mask-high", s.first_high);
	else
		e2e_report("capable-mask-high", E2E_SKIP, "no dom0 page at or above 2^28");
	if (s.first_low != E2E_NONE)
		e2e_check_mask(dev, dev64, "capable-mask-low", s.first_low);
	else
		e2e_report("capable-mask-low", E2E_SKIP, "no dom0 page below 2^28");
out:
	kfree(mask64);
	kfree(dev64);
}
