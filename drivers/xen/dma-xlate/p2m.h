/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Guest frame <-> Xen bus frame lookups for the DMA translation library.
 *
 * Every frame number here counts Xen pages (4 KiB), whatever PAGE_SIZE the
 * kernel was built with: the p2m is kept at that granularity and a 64 KiB
 * kernel page may be backed by sixteen unrelated bus frames.
 */
#ifndef _XEN_DMA_XLATE_P2M_H
#define _XEN_DMA_XLATE_P2M_H

#include <linux/compiler.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/types.h>
#include <xen/xen.h>
#include <xen/page.h>

#include "seam.h"
#include "stats.h"

/* No frame: what the kernel's p2m helpers answer for a missing entry. */
#define XEN_DMA_XLATE_NO_FRAME		(~0UL)

/*
 * The largest frame number a translation may use: its address fits in a
 * phys_addr_t, and it is not XEN_DMA_XLATE_NO_FRAME.  With LPAE a
 * phys_addr_t holds more frames than an unsigned long can number, so
 * there the bound is the sentinel's neighbour, not the address width.
 */
#define XEN_DMA_XLATE_MAX_BFN						\
	((unsigned long)min_t(u64, (phys_addr_t)-1 >> XEN_PAGE_SHIFT,	\
			      XEN_DMA_XLATE_NO_FRAME - 1))

/*
 * Whether @addr's Xen frame number fits in an unsigned long (not on LPAE
 * above 2^44, where it would be cut); always true on 64-bit, where the
 * compiler drops the test.
 */
#define XEN_DMA_XLATE_FRAME_FITS(addr)					\
	((u64)(addr) >> XEN_PAGE_SHIFT <= XEN_DMA_XLATE_MAX_BFN)

/* What the translation functions answer for "no physical address". */
#define XEN_DMA_XLATE_NO_PHYS		((phys_addr_t)-1)

/**
 * xen_dma_xlate_p2m_is_identity() - Check whether the p2m is the identity.
 *
 * It is when not under Xen, in an auto-translated x86 guest, and on Arm
 * while no foreign frame is mapped (the Arm p2m tracks only those); range
 * walks can then be skipped.
 *
 * Context: Any context.
 * Return: true when every pfn is its own bus frame.
 */
static __always_inline bool xen_dma_xlate_p2m_is_identity(void)
{
	const struct xen_dma_xlate_p2m *fake = xen_dma_xlate_fake_p2m();

	if (unlikely(fake))
		return fake->is_identity;
	if (!xen_domain())
		return true;
#ifdef CONFIG_X86
	return xen_feature(XENFEAT_auto_translated_physmap);
#else
	return !READ_ONCE(phys_to_mach.rb_node);
#endif
}

/**
 * xen_dma_xlate_pfn_to_bfn() - Look a Xen pfn up in the p2m.
 * @xen_pfn: Guest frame, in 4 KiB Xen pages.
 *
 * Context: Any context.
 * Return: The bus frame behind @xen_pfn, or XEN_DMA_XLATE_NO_FRAME.
 */
static __always_inline unsigned long xen_dma_xlate_pfn_to_bfn(unsigned long xen_pfn)
{
	const struct xen_dma_xlate_p2m *fake = xen_dma_xlate_fake_p2m();

	if (unlikely(fake))
		return fake->bus_frame(fake, xen_pfn);
	if (!xen_domain())
		return xen_pfn;
	return pfn_to_bfn(xen_pfn);
}

/**
 * xen_dma_xlate_raw_bfn_to_pfn() - Ask the p2m which pfn owns a bus frame.
 * @bfn: Bus frame, in 4 KiB Xen pages.
 *
 * The answer is not checked: on Arm it is always @bfn.
 *
 * Context: Any context.
 * Return: A candidate Xen pfn, or XEN_DMA_XLATE_NO_FRAME.
 */
static __always_inline unsigned long xen_dma_xlate_raw_bfn_to_pfn(unsigned long bfn)
{
	const struct xen_dma_xlate_p2m *fake = xen_dma_xlate_fake_p2m();

	if (unlikely(fake))
		return fake->local_frame(fake, bfn);
	if (!xen_domain())
		return bfn;
	return bfn_to_pfn(bfn);
}

/**
 * xen_dma_xlate_reverse_is_a_guess() - Check whether bfn_to_pfn() only guesses.
 *
 * x86 PV's mfn_to_pfn() reads Xen's M2P and checks it against the p2m, so
 * its answer is a local pfn or none.  Arm's bfn_to_pfn() is the identity:
 * it answers with a number for every frame, another domain's too.
 *
 * Context: Any context.
 * Return: true when an answer of xen_dma_xlate_raw_bfn_to_pfn() that maps
 * back to its bus frame still needs a page of this kernel behind it.
 */
static __always_inline bool xen_dma_xlate_reverse_is_a_guess(void)
{
	const struct xen_dma_xlate_p2m *fake = xen_dma_xlate_fake_p2m();

	if (unlikely(fake))
		return fake->local_frame_is_identity;
	/* Off Xen there is no other domain whose frame it could be. */
	return xen_domain() && !IS_ENABLED(CONFIG_X86);
}

/**
 * xen_dma_xlate_frame_is_ours() - Check that a page of this kernel is a Xen pfn.
 * @xen_pfn: Guest frame, in 4 KiB Xen pages.
 *
 * Arm's dom0 is mapped 1:1, so another domain's frame has a number that
 * no page of dom0's owns, and a frame of dom0's that the balloon gave back
 * to Xen (which may have handed it to another domain) is offline.
 *
 * Context: Any context.
 * Return: true when @xen_pfn is in a page of this kernel's memory map
 * that is not ballooned out.
 */
static __always_inline bool xen_dma_xlate_frame_is_ours(unsigned long xen_pfn)
{
	unsigned long pfn = xen_pfn >> (PAGE_SHIFT - XEN_PAGE_SHIFT);

	return pfn_valid(pfn) && !PageOffline(pfn_to_page(pfn));
}

/**
 * xen_dma_xlate_bfn_to_pfn() - Find the local pfn behind a bus frame.
 * @bfn: Bus frame, in 4 KiB Xen pages.
 *
 * A candidate pfn is accepted only when the p2m maps it back to the same
 * bus frame: Arm's bfn_to_pfn() answers @bfn even when a foreign mapping
 * put @bfn behind another pfn (on x86 mfn_to_pfn() already checks this;
 * doing it once more keeps one rule for every p2m).  Where the answer is
 * the identity, a frame that no foreign mapping uses passes that check
 * too, so the pfn must also be a page of ours: another domain's frame has
 * no local pfn here, even though a grant mapping may show it to us.
 *
 * Context: Any context.
 * Return: The Xen pfn, or XEN_DMA_XLATE_NO_FRAME when no local pfn maps
 * to @bfn.
 */
static __always_inline unsigned long xen_dma_xlate_bfn_to_pfn(unsigned long bfn)
{
	unsigned long xen_pfn = xen_dma_xlate_raw_bfn_to_pfn(bfn);

	if (xen_pfn == XEN_DMA_XLATE_NO_FRAME ||
	    xen_dma_xlate_pfn_to_bfn(xen_pfn) != bfn)
		return XEN_DMA_XLATE_NO_FRAME;
	if (xen_dma_xlate_reverse_is_a_guess() && !xen_dma_xlate_frame_is_ours(xen_pfn))
		return XEN_DMA_XLATE_NO_FRAME;
	return xen_pfn;
}

/**
 * xen_dma_xlate_phys_to_bus() - Translate a guest physical address to bus.
 * @paddr: Guest physical address.
 *
 * Context: Any context.
 * Return: The bus address, with @paddr's offset in its 4 KiB frame, or
 * XEN_DMA_XLATE_NO_PHYS when the frame has no bus frame that fits.
 */
static __always_inline phys_addr_t xen_dma_xlate_phys_to_bus(phys_addr_t paddr)
{
	unsigned long bfn;

	if (!XEN_DMA_XLATE_FRAME_FITS(paddr))
		return XEN_DMA_XLATE_NO_PHYS;
	bfn = xen_dma_xlate_pfn_to_bfn(XEN_PFN_DOWN(paddr));
	/* Also catches XEN_DMA_XLATE_NO_FRAME. */
	if (bfn > XEN_DMA_XLATE_MAX_BFN)
		return XEN_DMA_XLATE_NO_PHYS;
	return ((phys_addr_t)bfn << XEN_PAGE_SHIFT) | xen_offset_in_page(paddr);
}

/**
 * xen_dma_xlate_bus_to_phys_uncounted() - Translate a bus address to guest physical.
 * @baddr: Bus address.
 *
 * As xen_dma_xlate_bus_to_phys(), for callers that explain rather than
 * translate (debugfs), whose failures are no failures of the API's.
 *
 * Context: Any context.
 * Return: The guest physical address, or XEN_DMA_XLATE_NO_PHYS when no
 * local frame stands behind @baddr.
 */
static __always_inline phys_addr_t xen_dma_xlate_bus_to_phys_uncounted(phys_addr_t baddr)
{
	unsigned long xen_pfn = XEN_DMA_XLATE_NO_FRAME;

	if (XEN_DMA_XLATE_FRAME_FITS(baddr))
		xen_pfn = xen_dma_xlate_bfn_to_pfn(XEN_PFN_DOWN(baddr));
	if (xen_pfn > XEN_DMA_XLATE_MAX_BFN)
		return XEN_DMA_XLATE_NO_PHYS;
	return ((phys_addr_t)xen_pfn << XEN_PAGE_SHIFT) | xen_offset_in_page(baddr);
}

/**
 * xen_dma_xlate_bus_to_phys() - Translate a bus address to guest physical.
 * @baddr: Bus address.
 *
 * Context: Any context.
 * Return: The guest physical address, or XEN_DMA_XLATE_NO_PHYS when no
 * local frame stands behind @baddr (counted).
 */
static __always_inline phys_addr_t xen_dma_xlate_bus_to_phys(phys_addr_t baddr)
{
	phys_addr_t paddr = xen_dma_xlate_bus_to_phys_uncounted(baddr);

	/* Counted here, where it costs the successful lookups nothing. */
	if (paddr == XEN_DMA_XLATE_NO_PHYS)
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_NO_LOCAL_FRAME);
	return paddr;
}

#endif /* _XEN_DMA_XLATE_P2M_H */
