/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Lookups in a device's DMA regions (dev->dma_range_map).
 *
 * Only cpu_start, dma_start and size are read: the offset field that 6.1
 * keeps beside them is derived data and later kernels dropped it.  The
 * first region that holds an address wins, as in the kernel's own walk.  A
 * region whose CPU or DMA side wraps past the top of the address space (a
 * malformed dma-ranges can say so) translates nothing, since any address
 * it produced would lie outside the region.
 */
#ifndef _XEN_DMA_XLATE_REGION_H
#define _XEN_DMA_XLATE_REGION_H

#include <linux/dma-direct.h>
#include <linux/types.h>

/**
 * xen_dma_xlate_region_wraps() - Check a region for wrap-around.
 * @r: Region of a dma_range_map, with a non-zero size.
 *
 * Context: Any context.
 * Return: true when either side of @r runs past the top of its space.
 */
static __always_inline bool xen_dma_xlate_region_wraps(const struct bus_dma_region *r)
{
	return r->size - 1 > (u64)(phys_addr_t)-1 - r->cpu_start ||
	       r->size - 1 > (u64)(dma_addr_t)-1 - r->dma_start;
}

/**
 * xen_dma_xlate_region_of_bus() - Find the region holding a bus address.
 * @map: A device's dma_range_map, ended by a region of size 0.
 * @baddr: Bus address, the CPU side of the map.
 *
 * Context: Any context.
 * Return: The first region whose CPU side holds @baddr, or NULL when none
 * does or when that region wraps.
 */
static __always_inline const struct bus_dma_region *
xen_dma_xlate_region_of_bus(const struct bus_dma_region *map, phys_addr_t baddr)
{
	for (; map->size; map++) {
		if (baddr >= map->cpu_start && baddr - map->cpu_start < map->size)
			return xen_dma_xlate_region_wraps(map) ? NULL : map;
	}
	return NULL;
}

/**
 * xen_dma_xlate_region_of_dma() - Find the region holding a DMA address.
 * @map: A device's dma_range_map, ended by a region of size 0.
 * @dma_addr: DMA address, the device side of the map.
 *
 * Context: Any context.
 * Return: The first region whose DMA side holds @dma_addr, or NULL when
 * none does or when that region wraps.
 */
static __always_inline const struct bus_dma_region *
xen_dma_xlate_region_of_dma(const struct bus_dma_region *map, dma_addr_t dma_addr)
{
	for (; map->size; map++) {
		if (dma_addr >= map->dma_start && dma_addr - map->dma_start < map->size)
			return xen_dma_xlate_region_wraps(map) ? NULL : map;
	}
	return NULL;
}

#endif /* _XEN_DMA_XLATE_REGION_H */
