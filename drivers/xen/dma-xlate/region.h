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
 * xen_dma_xlate_region_continued() - Follow regions that continue each other.
 * @map: A device's dma_range_map, ended by a region of size 0.
 * @r: Region of @map holding a range's first bus address.
 * @blast: The range's last bus address, at or above @r's start.
 *
 * A range may run out of @r into the region that starts where @r ends on
 * the CPU side: the device still sees one range when that region also
 * starts where @r ends on the DMA side.  Where the DMA addresses jump (an
 * RPi4-style split), the device would not: the range must bounce.
 *
 * Context: Any context.
 * Return: The region holding @blast, reached from @r through regions that
 * continue each other on both sides; NULL when the range leaves the map or
 * the DMA addresses jump on the way.
 */
static __always_inline const struct bus_dma_region *
xen_dma_xlate_region_continued(const struct bus_dma_region *map,
			       const struct bus_dma_region *r, phys_addr_t blast)
{
	const struct bus_dma_region *next;

	/* Each step starts a region higher on the CPU side: at most one per region. */
	while (blast - r->cpu_start >= r->size) {
		next = xen_dma_xlate_region_of_bus(map, r->cpu_start + r->size);
		if (!next || next->cpu_start != r->cpu_start + r->size ||
		    next->dma_start != r->dma_start + r->size)
			return NULL;
		r = next;
	}
	return r;
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
