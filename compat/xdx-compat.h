/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the modules outside the library need to build on both Debian 12
 * kernels (6.1 and 6.12).  The XDX_HAVE_* macros come from the feature
 * tests in compat/Kbuild.include; nothing here compares version numbers.
 */
#ifndef _XDX_COMPAT_H
#define _XDX_COMPAT_H

#include <linux/dma-direct.h>
#include <linux/platform_device.h>
#include <linux/swiotlb.h>

/*
 * XDX_PLATFORM_REMOVE(fn) - Define fn_compat(), a platform_driver.remove
 * callback that calls the void @fn on kernels whose callback returns int
 * and on those where it returns void.
 */
#ifdef XDX_HAVE_VOID_PLATFORM_REMOVE
#define XDX_PLATFORM_REMOVE(fn)						\
	static void fn##_compat(struct platform_device *pdev)		\
	{								\
		fn(pdev);						\
	}
#else
#define XDX_PLATFORM_REMOVE(fn)						\
	static int fn##_compat(struct platform_device *pdev)		\
	{								\
		fn(pdev);						\
		return 0;						\
	}
#endif

/**
 * xdx_region_set_offset() - Fill in what a kernel derives from a region.
 * @r: Region whose cpu_start and dma_start are set.
 *
 * Kernels before 6.8 keep cpu_start - dma_start in the region and their
 * dma-direct translation reads only that; later ones have no such field.
 *
 * Context: Any context.
 * Return: Nothing.
 */
static inline void xdx_region_set_offset(struct bus_dma_region *r)
{
#ifdef XDX_HAVE_BUS_DMA_REGION_OFFSET
	r->offset = r->cpu_start - r->dma_start;
#endif
}

/**
 * xdx_is_swiotlb_buffer() - Tell whether an address is a bounce slot.
 * @dev: Device the address was mapped for.
 * @paddr: Guest physical address.
 *
 * Context: Any context.
 * Return: true when @paddr lies in one of @dev's swiotlb pools.
 */
static inline bool xdx_is_swiotlb_buffer(struct device *dev, phys_addr_t paddr)
{
#ifdef XDX_HAVE_IS_SWIOTLB_BUFFER
	return is_swiotlb_buffer(dev, paddr);
#else
	return swiotlb_find_pool(dev, paddr);
#endif
}

#endif /* _XDX_COMPAT_H */
