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
	const struct bus_dma_region *r;
	phys_addr_t baddr;

	if (WARN_ON_ONCE(!dev) || paddr == XEN_DMA_XLATE_NO_PHYS) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_BAD_ARGUMENT);
		return DMA_MAPPING_ERROR;
	}

	baddr = xen_dma_xlate_phys_to_bus(paddr);
	if (baddr == XEN_DMA_XLATE_NO_PHYS) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_NO_BUS_FRAME);
		return DMA_MAPPING_ERROR;
	}

	if (dev->dma_range_map) {
		r = xen_dma_xlate_region_of_bus(dev->dma_range_map, baddr);
		if (!r) {
			xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_OUTSIDE_REGION);
			return DMA_MAPPING_ERROR;
		}
		baddr = baddr - r->cpu_start + r->dma_start;
	}
	/* As phys_to_dma() does: a no-op unless AMD SME is active. */
	return __sme_set(baddr);
}
EXPORT_SYMBOL_GPL(xen_phys_to_dma);

/*
 * The region step alone, shared by xen_dma_to_bus() and xen_dma_to_phys()
 * so that the latter pays for no second call.
 */
static __always_inline phys_addr_t xen_dma_xlate_dma_to_bus(struct device *dev,
							    dma_addr_t dma_addr)
{
	const struct bus_dma_region *r;
	phys_addr_t baddr;

	if (WARN_ON_ONCE(!dev) || dma_addr == DMA_MAPPING_ERROR) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_BAD_ARGUMENT);
		return XEN_DMA_XLATE_NO_PHYS;
	}

	baddr = __sme_clr(dma_addr);
	if (dev->dma_range_map) {
		r = xen_dma_xlate_region_of_dma(dev->dma_range_map, baddr);
		if (!r) {
			xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_OUTSIDE_REGION);
			return XEN_DMA_XLATE_NO_PHYS;
		}
		baddr = baddr - r->dma_start + r->cpu_start;
	}
	return baddr;
}

phys_addr_t xen_dma_to_bus(struct device *dev, dma_addr_t dma_addr)
{
	return xen_dma_xlate_dma_to_bus(dev, dma_addr);
}
EXPORT_SYMBOL_GPL(xen_dma_to_bus);

phys_addr_t xen_dma_to_phys(struct device *dev, dma_addr_t dma_addr)
{
	phys_addr_t baddr = xen_dma_xlate_dma_to_bus(dev, dma_addr);

	if (baddr == XEN_DMA_XLATE_NO_PHYS)
		return XEN_DMA_XLATE_NO_PHYS;
	return xen_dma_xlate_bus_to_phys(baddr);
}
EXPORT_SYMBOL_GPL(xen_dma_to_phys);
