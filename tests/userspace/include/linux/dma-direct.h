/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: struct bus_dma_region as in 6.1, and DMA_MAPPING_ERROR. */
#ifndef _XDX_SHIM_DMA_DIRECT_H
#define _XDX_SHIM_DMA_DIRECT_H
#include <linux/types.h>
struct bus_dma_region {
	phys_addr_t cpu_start;
	dma_addr_t dma_start;
	u64 size;
	u64 offset;
};
#define DMA_MAPPING_ERROR	(~(dma_addr_t)0)
#define DMA_BIT_MASK(n)		(((n) == 64) ? ~0ULL : ((1ULL << (n)) - 1))
#endif
