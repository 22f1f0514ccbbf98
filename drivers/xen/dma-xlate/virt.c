// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel virtual -> physical translation that works outside the linear map.
 *
 * virt_to_phys() is only defined for the linear map, yet DMA buffers also
 * come from vmalloc(), vmap() (the remap of a coherent allocation), module
 * data and vmapped stacks; on those it silently returns a wrong address or
 * crashes.  This file picks the translation that fits the address and
 * refuses every address it cannot prove is mapped.
 */
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/io.h>
#include <linux/export.h>
#include <linux/kasan.h>
#include <linux/mm.h>
#include <linux/pgtable.h>
#include <linux/vmalloc.h>
#include <asm/sections.h>
#include <xen/dma-xlate.h>

#include "p2m.h"
#include "stats.h"

static bool xen_dma_xlate_in_linear_map(unsigned long addr)
{
#ifdef CONFIG_X86_64
	/* __virt_addr_valid() also takes the kernel image: leave that out. */
	if (addr >= __START_KERNEL_map)
		return false;
#endif
	/*
	 * A pointer, not the integer: arm64's virt_to_pfn() takes only
	 * pointers since 6.6, and every kernel's macro accepts one.
	 */
	return virt_addr_valid((const void *)addr);
}

#ifndef MODULE
static bool xen_dma_xlate_in_kernel_image(unsigned long addr)
{
	return addr >= (unsigned long)_text && addr < (unsigned long)_end;
}
#elif defined(CONFIG_X86_64)
/*
 * A module cannot see _text and _end.  On x86 the image has a window of
 * its own; whatever part of it is mapped belongs to the image.
 */
static bool xen_dma_xlate_in_kernel_image(unsigned long addr)
{
	unsigned int level;
	pte_t *pte;

	if (addr < __START_KERNEL_map || addr >= MODULES_VADDR)
		return false;
	pte = lookup_address(addr, &level);
	return pte && pte_present(*pte);
}
#else
/* On arm64 the image lies in the vmalloc area: the page walk finds it. */
static bool xen_dma_xlate_in_kernel_image(unsigned long addr)
{
	return false;
}
#endif

static bool xen_dma_xlate_page_walk_allowed(unsigned long addr)
{
#ifdef CONFIG_MODULES
	if (addr >= MODULES_VADDR && addr < MODULES_END)
		return true;
#endif
	return is_vmalloc_addr((void *)addr);
}

phys_addr_t xen_virt_to_phys(const void *vaddr)
{
	unsigned long addr;
	struct page *page;

	if (IS_ERR_OR_NULL(vaddr)) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_BAD_ARGUMENT);
		return XEN_DMA_XLATE_NO_PHYS;
	}

	/* Tag-based KASAN colours pointers; no table knows the colours. */
	addr = (unsigned long)kasan_reset_tag(vaddr);
	if (xen_dma_xlate_in_linear_map(addr))
		return virt_to_phys((void *)addr);
	if (xen_dma_xlate_in_kernel_image(addr))
		return __pa_symbol(addr);
	if (!xen_dma_xlate_page_walk_allowed(addr)) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_VIRT_UNMAPPED);
		return XEN_DMA_XLATE_NO_PHYS;
	}

	/* Unmapped, e.g. a guard page or a freed area: no pte, no page. */
	page = vmalloc_to_page((void *)addr);
	if (!page) {
		xen_dma_xlate_count(XEN_DMA_XLATE_FAIL_VIRT_UNMAPPED);
		return XEN_DMA_XLATE_NO_PHYS;
	}
	return page_to_phys(page) + offset_in_page(addr);
}
EXPORT_SYMBOL_GPL(xen_virt_to_phys);

struct page *xen_virt_to_page(const void *vaddr)
{
	phys_addr_t paddr = xen_virt_to_phys(vaddr);

	/* An ioremap() of MMIO is mapped but has no struct page. */
	if (paddr == XEN_DMA_XLATE_NO_PHYS || !pfn_valid(PHYS_PFN(paddr)))
		return NULL;
	return pfn_to_page(PHYS_PFN(paddr));
}
EXPORT_SYMBOL_GPL(xen_virt_to_page);

dma_addr_t xen_virt_to_dma(struct device *dev, const void *vaddr)
{
	phys_addr_t paddr = xen_virt_to_phys(vaddr);

	if (paddr == XEN_DMA_XLATE_NO_PHYS)
		return DMA_MAPPING_ERROR;
	return xen_phys_to_dma(dev, paddr);
}
EXPORT_SYMBOL_GPL(xen_virt_to_dma);
