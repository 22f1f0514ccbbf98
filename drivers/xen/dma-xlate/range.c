// SPDX-License-Identifier: GPL-2.0
/*
 * Range checks behind the bounce decision of a Xen domain's DMA mappings.
 *
 * A range that looks fine at its first frame can still be unusable for
 * DMA: the p2m may scatter its later frames, or its end may leave the
 * device's region or reach past its mask.  These checks look at the whole
 * range, one Xen frame at a time, and stop at the first frame that fails.
 */
#include <linux/bug.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/export.h>
#include <linux/mem_encrypt.h>
#include <xen/dma-xlate.h>

#include "p2m.h"
#include "region.h"
#include "stats.h"

/* Last byte of [@paddr, @paddr + @size), or false when the range wraps. */
static __always_inline bool xen_dma_xlate_range_last(phys_addr_t paddr, size_t size,
						     phys_addr_t *last)
{
	*last = paddr + (size - 1);
	return *last >= paddr;
}

/*
 * Check that the bus frames behind [@paddr, @last] follow one another and
 * give the bus address of @paddr; one p2m lookup per Xen frame, none when
 * the p2m is the identity, and none after the first frame that breaks.
 */
static bool xen_dma_xlate_range_to_bus(phys_addr_t paddr, phys_addr_t last,
				       phys_addr_t *baddr)
{
	unsigned long xen_pfn, last_pfn, first_bfn, bfn;

	if (xen_dma_xlate_p2m_is_identity()) {
		*baddr = paddr;
		return true;
	}

	/* @last's frame number fits, so @paddr's does: neither is cut. */
	if (!XEN_DMA_XLATE_FRAME_FITS(last)) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_NO_BUS_FRAME);
		return false;
	}
	xen_pfn = XEN_PFN_DOWN(paddr);
	last_pfn = XEN_PFN_DOWN(last);
	first_bfn = xen_dma_xlate_pfn_to_bfn(xen_pfn);
	if (first_bfn > XEN_DMA_XLATE_MAX_BFN) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_NO_BUS_FRAME);
		return false;
	}
	for (bfn = first_bfn; xen_pfn != last_pfn; ) {
		if (xen_dma_xlate_pfn_to_bfn(++xen_pfn) != ++bfn ||
		    bfn > XEN_DMA_XLATE_MAX_BFN) {
			xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_NOT_CONTIGUOUS);
			return false;
		}
	}
	*baddr = ((phys_addr_t)first_bfn << XEN_PAGE_SHIFT) | xen_offset_in_page(paddr);
	return true;
}

bool xen_phys_range_contiguous(phys_addr_t paddr, size_t size)
{
	phys_addr_t last, baddr;

	if (!size)
		return true;
	if (!xen_dma_xlate_range_last(paddr, size, &last)) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_NOT_CONTIGUOUS);
		return false;
	}
	return xen_dma_xlate_range_to_bus(paddr, last, &baddr);
}
EXPORT_SYMBOL_GPL(xen_phys_range_contiguous);

bool xen_dma_capable(struct device *dev, phys_addr_t paddr, size_t size)
{
	enum xen_dma_xlate_failure why;
	phys_addr_t last, baddr, blast;
	u64 dma_last;

	if (WARN_ON_ONCE(!dev) || !dev->dma_mask) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_BAD_ARGUMENT);
		return false;
	}
	/*
	 * Zero bytes are judged as the byte at @paddr.  dma_capable() takes
	 * them (its last byte is the one before), 6.1's swiotlb-xen mapped
	 * them directly, and a bounce of zero bytes is swiotlb's BUG_ON.
	 */
	if (!size)
		size = 1;
	if (!xen_dma_xlate_range_last(paddr, size, &last) ||
	    last == XEN_DMA_XLATE_NO_PHYS) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_NOT_CONTIGUOUS);
		return false;
	}
	/* Counts its own failures. */
	if (!xen_dma_xlate_range_to_bus(paddr, last, &baddr))
		return false;
	/* Contiguous on the bus, so the range's last byte is here. */
	blast = baddr + (size - 1);

	/* Contiguous on the DMA side too, across regions that join. */
	if (!xen_dma_xlate_dev_range_dma_last(dev, baddr, blast, &dma_last, &why)) {
		xen_dma_xlate_count(why);
		return false;
	}
	/*
	 * No device address may be DMA_MAPPING_ERROR's value, which
	 * xen_phys_to_dma() refuses: a range ending there cannot be mapped.
	 */
	dma_last = __sme_set(dma_last);
	if (dma_last > xen_dma_xlate_dev_limit(dev) || dma_last == DMA_MAPPING_ERROR) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_BEYOND_MASK);
		return false;
	}
	return true;
}
EXPORT_SYMBOL_GPL(xen_dma_capable);
