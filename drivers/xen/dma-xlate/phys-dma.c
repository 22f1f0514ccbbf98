// SPDX-License-Identifier: GPL-2.0
/*
 * Guest physical <-> DMA address translation for devices of a Xen domain.
 *
 * The p2m comes first and the device's regions second: dma-ranges describe
 * what the device sees of the machine's bus, which under Xen is not the
 * guest's physical address space.
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

dma_addr_t xen_phys_to_dma(struct device *dev, phys_addr_t paddr)
{
	phys_addr_t baddr;
	dma_addr_t dma_addr;

	if (WARN_ON_ONCE(!dev) || paddr == XEN_DMA_XLATE_NO_PHYS) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_BAD_ARGUMENT);
		return DMA_MAPPING_ERROR;
	}

	baddr = xen_dma_xlate_phys_to_bus(paddr);
	if (baddr == XEN_DMA_XLATE_NO_PHYS) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_NO_BUS_FRAME);
		return DMA_MAPPING_ERROR;
	}

	if (!xen_dma_xlate_dev_bus_to_dma(dev, baddr, &dma_addr)) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_OUTSIDE_REGION);
		return DMA_MAPPING_ERROR;
	}
	/* As phys_to_dma() does: a no-op unless AMD SME is active. */
	return __sme_set(dma_addr);
}
EXPORT_SYMBOL_GPL(xen_phys_to_dma);

/*
 * The region step alone, shared by xen_dma_to_bus() and xen_dma_to_phys()
 * so that the latter pays for no second call.  The callers check @dev:
 * whether a WARN_ON_ONCE() in an inline helper warns once per caller or
 * once for all of them is the compiler's choice, and each entry point
 * must warn once of its own.
 */
static __always_inline phys_addr_t xen_dma_xlate_dma_to_bus(struct device *dev,
							    dma_addr_t dma_addr)
{
	phys_addr_t baddr;

	if (dma_addr == DMA_MAPPING_ERROR) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_BAD_ARGUMENT);
		return XEN_DMA_XLATE_NO_PHYS;
	}

	/* Still a dma_addr_t: a phys_addr_t may be narrower. */
	if (!xen_dma_xlate_dev_dma_to_bus(dev, __sme_clr(dma_addr), &baddr)) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_OUTSIDE_REGION);
		return XEN_DMA_XLATE_NO_PHYS;
	}
	return baddr;
}

phys_addr_t xen_dma_to_bus(struct device *dev, dma_addr_t dma_addr)
{
	if (WARN_ON_ONCE(!dev)) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_BAD_ARGUMENT);
		return XEN_DMA_XLATE_NO_PHYS;
	}
	return xen_dma_xlate_dma_to_bus(dev, dma_addr);
}
EXPORT_SYMBOL_GPL(xen_dma_to_bus);

phys_addr_t xen_dma_to_phys(struct device *dev, dma_addr_t dma_addr)
{
	phys_addr_t baddr;

	if (WARN_ON_ONCE(!dev)) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_BAD_ARGUMENT);
		return XEN_DMA_XLATE_NO_PHYS;
	}
	baddr = xen_dma_xlate_dma_to_bus(dev, dma_addr);
	if (baddr == XEN_DMA_XLATE_NO_PHYS)
		return XEN_DMA_XLATE_NO_PHYS;
	return xen_dma_xlate_bus_to_phys(baddr);
}
EXPORT_SYMBOL_GPL(xen_dma_to_phys);
