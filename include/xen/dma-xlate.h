/* SPDX-License-Identifier: GPL-2.0 */
/*
 * DMA-aware address translation for Xen domains.
 *
 * A Xen dom0 kernel deals with four address spaces: kernel virtual
 * addresses, guest physical addresses (pfns), Xen bus (machine) frames
 * reached through the p2m (bfns), and the DMA addresses a device puts on
 * its bus, which are bus addresses moved by the regions of
 * dev->dma_range_map.  These helpers translate between them in the one
 * order that is right: p2m first, at Xen's 4 KiB granularity, then the
 * device's regions.
 *
 * None of them allocates, sleeps or takes a lock of its own, so they may be
 * called from any context, including inside dma_map_*().
 */
#ifndef _XEN_DMA_XLATE_H
#define _XEN_DMA_XLATE_H

#include <linux/types.h>

struct device;
struct page;

/**
 * xen_phys_to_dma() - Translate a guest physical address to a DMA address.
 * @dev: Device that will perform the DMA.
 * @paddr: Guest physical address.
 *
 * Looks @paddr's Xen frame up in the p2m (the identity when not running
 * under Xen), keeps the offset inside the 4 KiB frame, and moves the bus
 * address by the region of @dev->dma_range_map that holds it.
 *
 * Context: Any context.
 * Return: The DMA address, or %DMA_MAPPING_ERROR when @dev is NULL (this
 * also warns once), when @paddr is (phys_addr_t)-1, when its frame has no
 * bus frame behind it, or when the bus address lies in no region of @dev.
 */
dma_addr_t xen_phys_to_dma(struct device *dev, phys_addr_t paddr);

/**
 * xen_dma_to_phys() - Translate a DMA address back to a guest physical one.
 * @dev: Device that performed the DMA.
 * @dma_addr: DMA address seen by @dev.
 *
 * The inverse of xen_phys_to_dma(): the region of @dev->dma_range_map that
 * holds @dma_addr gives the bus address, and the p2m gives the local frame
 * behind it.  A local frame is accepted only when it maps back to the same
 * bus frame and, on Arm (whose p2m answers every bus frame with the same
 * frame number), only when it is a page of this kernel's that the balloon
 * has not given back to Xen: a bus frame that no local page owns, such as
 * another domain's granted to us, is refused rather than guessed.
 *
 * Context: Any context.
 * Return: The guest physical address, or (phys_addr_t)-1 when @dev is NULL
 * (this also warns once), when @dma_addr is %DMA_MAPPING_ERROR or lies in no
 * region of @dev (without regions: when no phys_addr_t holds it, as on
 * 32-bit Arm without LPAE), or when no local frame stands behind its bus
 * frame.
 */
phys_addr_t xen_dma_to_phys(struct device *dev, dma_addr_t dma_addr);

/**
 * xen_dma_to_bus() - Translate a DMA address to the Xen bus address behind it.
 * @dev: Device that performed the DMA.
 * @dma_addr: DMA address seen by @dev.
 *
 * The region step of xen_dma_to_phys() alone: the bus (machine) address the
 * device reaches, whether a local frame stands behind it or not.  This is
 * the address Xen's own operations on the frame take, such as the cache
 * maintenance it does for a foreign page on Arm.
 *
 * Context: Any context.
 * Return: The bus address, or (phys_addr_t)-1 when @dev is NULL (this also
 * warns once), or when @dma_addr is %DMA_MAPPING_ERROR or lies in no region
 * of @dev (without regions: when no phys_addr_t holds it, as on 32-bit Arm
 * without LPAE).
 */
phys_addr_t xen_dma_to_bus(struct device *dev, dma_addr_t dma_addr);

/**
 * xen_virt_to_phys() - Translate any kernel virtual address to physical.
 * @vaddr: Kernel virtual address; need not be in the linear map.
 *
 * Linear-map addresses take virt_to_phys(), kernel-image addresses the
 * image's own translation, and vmalloc, vmap, module and vmapped-stack
 * addresses a walk of the kernel page tables.  The offset inside the page
 * is kept.
 *
 * Context: Any context.
 * Return: The physical address, or (phys_addr_t)-1 for NULL, an ERR_PTR()
 * value, a user address, an address that nothing maps, or one outside the
 * areas above (a fixmap slot or a struct page in vmemmap, say).
 */
phys_addr_t xen_virt_to_phys(const void *vaddr);

/**
 * xen_virt_to_page() - Find the page behind any kernel virtual address.
 * @vaddr: Kernel virtual address; need not be in the linear map.
 *
 * Same lookup as xen_virt_to_phys().  Mappings of memory that has no
 * struct page (an ioremap() of MMIO, say) have no page to return.
 *
 * Context: Any context.
 * Return: The page, or NULL where xen_virt_to_phys() fails or the frame has
 * no struct page.
 */
struct page *xen_virt_to_page(const void *vaddr);

/**
 * xen_virt_to_dma() - Translate a kernel virtual address to a DMA address.
 * @dev: Device that will perform the DMA.
 * @vaddr: Kernel virtual address; need not be in the linear map.
 *
 * xen_virt_to_phys() followed by xen_phys_to_dma().
 *
 * Context: Any context.
 * Return: The DMA address, or %DMA_MAPPING_ERROR when either step fails.
 */
dma_addr_t xen_virt_to_dma(struct device *dev, const void *vaddr);

/**
 * xen_phys_range_contiguous() - Check that a range is contiguous on the bus.
 * @paddr: First guest physical address of the range.
 * @size: Length of the range in bytes.
 *
 * Walks the range one Xen frame (4 KiB) at a time, also when kernel pages
 * are larger, and stops at the first frame that does not follow its
 * predecessor on the bus.
 *
 * Context: Any context.
 * Return: true when the bus frames behind [@paddr, @paddr + @size) follow
 * one another, and always for a @size of 0; false when one of them does not,
 * when a frame has no bus frame, or when the range wraps past the top of the
 * address space.
 */
bool xen_phys_range_contiguous(phys_addr_t paddr, size_t size);

/**
 * xen_dma_capable() - Decide whether a range can be DMAed without bouncing.
 * @dev: Device that will perform the DMA.
 * @paddr: First guest physical address of the range.
 * @size: Length of the range in bytes.
 *
 * The decision covers the whole range, not only its first frame: the range
 * must be contiguous on the bus and on the DMA side (it may cross from one
 * region of @dev->dma_range_map into one that continues it on both the CPU
 * and the DMA side, never where the DMA addresses jump), and end at or below
 * min_not_zero(*@dev->dma_mask, @dev->bus_dma_limit).  A @size of 0 is
 * judged as the one byte at @paddr: dma_capable() takes zero bytes too, and
 * swiotlb cannot bounce them.
 *
 * Context: Any context.
 * Return: true when @dev can reach every byte of the range directly; false
 * otherwise, and for a NULL @dev (which also warns once), a @dev without a
 * DMA mask, a range whose last byte is (phys_addr_t)-1, or one whose last
 * DMA address would be DMA_MAPPING_ERROR's value.
 */
bool xen_dma_capable(struct device *dev, phys_addr_t paddr, size_t size);

#endif /* _XEN_DMA_XLATE_H */
