/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The open-coded translation of Linux 6.1's swiotlb-xen, as the yardstick
 * for the library: see reference.c.
 */
#ifndef _XBM_REFERENCE_H
#define _XBM_REFERENCE_H
#include <linux/types.h>

struct device;

/**
 * xbm_ref_phys_to_dma() - 6.1's xen_phys_to_dma(): p2m, then the region walk.
 * @dev: Device.
 * @paddr: Guest physical address.
 *
 * Context: Any thread.
 * Return: The DMA address, or DMA_MAPPING_ERROR when no region holds it.
 */
dma_addr_t xbm_ref_phys_to_dma(struct device *dev, phys_addr_t paddr);

/**
 * xbm_ref_dma_to_phys() - 6.1's xen_dma_to_phys(): region walk, then bfn_to_pfn().
 * @dev: Device.
 * @dma_addr: DMA address.
 *
 * Context: Any thread.
 * Return: What 6.1 computes, unchecked.
 */
phys_addr_t xbm_ref_dma_to_phys(struct device *dev, dma_addr_t dma_addr);

/**
 * xbm_ref_range_straddles() - 6.1's range_straddles_page_boundary().
 * @paddr: Start of the range.
 * @size: Its length in bytes.
 *
 * Context: Any thread.
 * Return: 1 when some Xen frame of the range does not follow the one before.
 */
int xbm_ref_range_straddles(phys_addr_t paddr, size_t size);

/**
 * xbm_ref_dma_capable() - 6.1's map_page() test: dma_capable() and no straddle.
 * @dev: Device.
 * @paddr: Start of the range.
 * @size: Its length in bytes.
 *
 * Context: Any thread.
 * Return: true when 6.1 would map the range without bouncing it (Xen's part).
 */
bool xbm_ref_dma_capable(struct device *dev, phys_addr_t paddr, size_t size);
#endif
