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

#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/minmax.h>
#include <linux/types.h>

#include "stats.h"

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

/**
 * xen_dma_xlate_region_bus_to_dma() - Apply one region's offset to a bus address.
 * @r: Region whose CPU side holds @baddr; it does not wrap.
 * @baddr: Bus address.
 *
 * Computed in dma_addr_t even where a phys_addr_t has 32 bits (Arm without
 * LPAE, where XEN makes dma_addr_t 64): a region may sit above 4 GiB on its
 * DMA side only.
 *
 * Context: Any context.
 * Return: The DMA address of @baddr, before any memory-encryption bit.
 */
static __always_inline dma_addr_t
xen_dma_xlate_region_bus_to_dma(const struct bus_dma_region *r, phys_addr_t baddr)
{
	return (dma_addr_t)baddr - r->cpu_start + r->dma_start;
}

/**
 * xen_dma_xlate_region_dma_to_bus() - Take one region's offset off a DMA address.
 * @r: Region whose DMA side holds @dma_addr; it does not wrap.
 * @dma_addr: DMA address, without any memory-encryption bit.
 *
 * Context: Any context.
 * Return: The bus address of @dma_addr; it fits, as @r's CPU side does.
 */
static __always_inline phys_addr_t
xen_dma_xlate_region_dma_to_bus(const struct bus_dma_region *r, dma_addr_t dma_addr)
{
	return dma_addr - r->dma_start + r->cpu_start;
}

/**
 * xen_dma_xlate_dev_bus_to_dma() - Move a bus address through a device's regions.
 * @dev: The device.
 * @baddr: Bus address.
 * @dma_addr: Set to the DMA address, before any memory-encryption bit.
 *
 * Counts nothing: the API counts its failures, debugfs does not.
 *
 * Context: Any context.
 * Return: false when @dev has regions and none holds @baddr.
 */
static __always_inline bool xen_dma_xlate_dev_bus_to_dma(const struct device *dev,
							 phys_addr_t baddr,
							 dma_addr_t *dma_addr)
{
	const struct bus_dma_region *r;

	*dma_addr = baddr;
	if (!dev->dma_range_map)
		return true;
	r = xen_dma_xlate_region_of_bus(dev->dma_range_map, baddr);
	if (!r)
		return false;
	*dma_addr = xen_dma_xlate_region_bus_to_dma(r, baddr);
	return true;
}

/**
 * xen_dma_xlate_dev_dma_to_bus() - Move a DMA address back through a device's regions.
 * @dev: The device.
 * @dma_addr: DMA address, without any memory-encryption bit.
 * @baddr: Set to the bus address.
 *
 * Without regions the two are the same address, which a 32-bit
 * phys_addr_t may not hold: that is refused, never cut.
 *
 * Context: Any context.
 * Return: false when no region holds @dma_addr, or no phys_addr_t does.
 */
static __always_inline bool xen_dma_xlate_dev_dma_to_bus(const struct device *dev,
							 dma_addr_t dma_addr,
							 phys_addr_t *baddr)
{
	const struct bus_dma_region *r;

	if (!dev->dma_range_map) {
		if ((u64)dma_addr > (u64)(phys_addr_t)-1)
			return false;
		*baddr = dma_addr;
		return true;
	}
	r = xen_dma_xlate_region_of_dma(dev->dma_range_map, dma_addr);
	if (!r)
		return false;
	*baddr = xen_dma_xlate_region_dma_to_bus(r, dma_addr);
	return true;
}

/**
 * xen_dma_xlate_dev_range_dma_last() - DMA address of a bus range's last byte.
 * @dev: The device.
 * @baddr: Bus address of the range's first byte.
 * @blast: Bus address of its last byte, at or above @baddr.
 * @dma_last: Set to the DMA address of @blast, before any encryption bit.
 * @why: Set to the reason on failure.
 *
 * The device sees the range as one when a region holds its first byte and
 * the range stays in that region or runs on into regions that continue it
 * on both sides (xen_dma_xlate_region_continued()).
 *
 * Context: Any context.
 * Return: false when the device does not see the range as one range.
 */
static __always_inline bool
xen_dma_xlate_dev_range_dma_last(const struct device *dev, phys_addr_t baddr,
				 phys_addr_t blast, u64 *dma_last,
				 enum xen_dma_xlate_failure *why)
{
	const struct bus_dma_region *r;

	*dma_last = blast;
	if (!dev->dma_range_map)
		return true;
	r = xen_dma_xlate_region_of_bus(dev->dma_range_map, baddr);
	if (!r) {
		*why = XEN_DMA_XLATE_FAIL_OUTSIDE_REGION;
		return false;
	}
	r = xen_dma_xlate_region_continued(dev->dma_range_map, r, blast);
	if (!r) {
		*why = XEN_DMA_XLATE_FAIL_REGION_END;
		return false;
	}
	*dma_last = xen_dma_xlate_region_bus_to_dma(r, blast);
	return true;
}

/**
 * xen_dma_xlate_dev_limit() - The highest DMA address a device reaches.
 * @dev: The device; it must have a DMA mask.
 *
 * Context: Any context.
 * Return: The lower of the DMA mask and the bus limit (0: none).
 */
static __always_inline u64 xen_dma_xlate_dev_limit(const struct device *dev)
{
	return min_not_zero(*dev->dma_mask, dev->bus_dma_limit);
}

#endif /* _XEN_DMA_XLATE_REGION_H */
