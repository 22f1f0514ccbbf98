/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The open-coded translation of Linux 6.1's swiotlb-xen, as the yardstick
 * for the library: see reference.c.
 */
#ifndef _XBM_REFERENCE_H
#define _XBM_REFERENCE_H
#include <linux/types.h>

struct device;

dma_addr_t xbm_ref_phys_to_dma(struct device *dev, phys_addr_t paddr);
phys_addr_t xbm_ref_dma_to_phys(struct device *dev, dma_addr_t dma_addr);
int xbm_ref_range_straddles(phys_addr_t paddr, size_t size);
bool xbm_ref_dma_capable(struct device *dev, phys_addr_t paddr, size_t size);
#endif
