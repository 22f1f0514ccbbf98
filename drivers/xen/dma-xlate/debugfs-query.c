// SPDX-License-Identifier: GPL-2.0
/*
 * The translate file of debugfs: parse what a user wrote, then follow the
 * address through the four spaces one step at a time, so that a failure
 * names the step that failed (the p2m, a DMA region, the mask) instead of
 * only returning an error value.
 *
 * The steps are the library's own helpers (p2m.h, region.h), composed in
 * the order xen_phys_to_dma() and xen_dma_to_phys() compose them, so the
 * answer is what the library would compute; the KUnit suite checks that.
 * The helpers do not touch the failure counters, so queries are not
 * counted, but for a virtual address that xen_virt_to_phys() refuses.
 */
#include <kunit/visibility.h>
#include <linux/dma-direct.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/mem_encrypt.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <xen/dma-xlate.h>

#include "debugfs.h"
#include "p2m.h"
#include "region.h"

/* Reasons given for a failed step. */
static const char xen_dma_xlate_no_bus_frame[] =
	"the p2m has no bus frame behind this pfn (ballooned out or never populated)";
static const char xen_dma_xlate_no_local_frame[] =
	"no local pfn maps to this bus frame (another domain's frame, or none)";
static const char xen_dma_xlate_bus_outside[] =
	"the bus address lies in no DMA region of the device";
static const char xen_dma_xlate_dma_outside[] =
	"the DMA address lies in no DMA region of the device";
static const char xen_dma_xlate_virt_unmapped[] =
	"nothing maps this virtual address, or it is no kernel address";

static const char * const xen_dma_xlate_space_names[XEN_DMA_XLATE_NR_SPACES] = {
	[XEN_DMA_XLATE_VIRT] = "virt",
	[XEN_DMA_XLATE_PHYS] = "phys",
	[XEN_DMA_XLATE_BUS] = "bus",
	[XEN_DMA_XLATE_DMA] = "dma",
};

/**
 * xen_dma_xlate_space_name() - Name of an address space, as queries spell it.
 * @space: The space.
 *
 * Context: Any context.
 * Return: "virt", "phys", "bus" or "dma".
 */
const char *xen_dma_xlate_space_name(enum xen_dma_xlate_space space)
{
	return xen_dma_xlate_space_names[space];
}
EXPORT_SYMBOL_IF_KUNIT(xen_dma_xlate_space_name);

/* Next whitespace-separated word of *@s, or NULL when none is left. */
static char *xen_dma_xlate_next_word(char **s)
{
	char *word;

	do {
		word = strsep(s, " \t\n");
	} while (word && !*word);
	return word;
}

/**
 * xen_dma_xlate_parse_query() - Parse a line written to the translate file.
 * @buf: What the user wrote, not necessarily NUL-terminated.
 * @len: Its length in bytes.
 * @q: Filled in on success.
 *
 * The line is "SPACE ADDRESS [DEVICE]": SPACE one of virt, phys, bus and
 * dma, ADDRESS a number in C notation (0x for hex), DEVICE a device name as
 * in /sys/bus/{platform,pci}/devices.  A dma address means nothing without
 * the device that sees it, so "dma" needs DEVICE.
 *
 * Context: Any context.
 * Return: 0, or -EINVAL when the line is empty, too long, holds a NUL, an
 * unknown space, a bad or missing number, a device name that is too long,
 * a word too many, or a dma address without a device.
 */
int xen_dma_xlate_parse_query(const char *buf, size_t len,
			      struct xen_dma_xlate_query *q)
{
	char line[XEN_DMA_XLATE_QUERY_MAX], *rest = line, *word;
	int space;

	if (!len || len >= sizeof(line) || memchr(buf, '\0', len))
		return -EINVAL;
	memcpy(line, buf, len);
	line[len] = '\0';

	word = xen_dma_xlate_next_word(&rest);
	if (!word)
		return -EINVAL;
	space = match_string(xen_dma_xlate_space_names, XEN_DMA_XLATE_NR_SPACES, word);
	if (space < 0)
		return -EINVAL;
	q->space = space;

	word = xen_dma_xlate_next_word(&rest);
	if (!word || kstrtou64(word, 0, &q->addr))
		return -EINVAL;

	q->device[0] = '\0';
	word = xen_dma_xlate_next_word(&rest);
	if (word && strscpy(q->device, word, sizeof(q->device)) < 0)
		return -EINVAL;
	if (xen_dma_xlate_next_word(&rest))
		return -EINVAL;
	if (q->space == XEN_DMA_XLATE_DMA && !q->device[0])
		return -EINVAL;
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(xen_dma_xlate_parse_query);

static void xen_dma_xlate_set(struct xen_dma_xlate_answer *a,
			      enum xen_dma_xlate_space space, u64 addr)
{
	a->addr[space] = addr;
	a->why[space] = NULL;
}

/* Linear-map address of a physical one; kernel image aliases are not sought. */
static void xen_dma_xlate_phys_to_virt(struct xen_dma_xlate_answer *a)
{
	phys_addr_t paddr = a->addr[XEN_DMA_XLATE_PHYS];
	void *vaddr;

	/* __va() of an address beyond phys_addr_t would be meaningless. */
	if (paddr != a->addr[XEN_DMA_XLATE_PHYS] || !pfn_valid(PHYS_PFN(paddr))) {
		a->why[XEN_DMA_XLATE_VIRT] = "no struct page: not in the linear map";
		return;
	}
	vaddr = phys_to_virt(paddr);
	if (!virt_addr_valid(vaddr)) {
		a->why[XEN_DMA_XLATE_VIRT] = "not in the linear map";
		return;
	}
	xen_dma_xlate_set(a, XEN_DMA_XLATE_VIRT, (unsigned long)vaddr);
}

/* Bus address from the physical one: the p2m, at 4 KiB granularity. */
static void xen_dma_xlate_phys_to_bus_step(struct xen_dma_xlate_answer *a)
{
	phys_addr_t paddr = a->addr[XEN_DMA_XLATE_PHYS], baddr;

	if (paddr != a->addr[XEN_DMA_XLATE_PHYS] || paddr == XEN_DMA_XLATE_NO_PHYS) {
		a->why[XEN_DMA_XLATE_BUS] = "physical address out of range";
		return;
	}
	baddr = xen_dma_xlate_phys_to_bus(paddr);
	if (baddr == XEN_DMA_XLATE_NO_PHYS) {
		a->why[XEN_DMA_XLATE_BUS] = xen_dma_xlate_no_bus_frame;
		return;
	}
	xen_dma_xlate_set(a, XEN_DMA_XLATE_BUS, baddr);
}

/*
 * Physical address from the bus one: the p2m backwards, checked both ways;
 * then the virtual address from the physical one.
 */
static void xen_dma_xlate_bus_to_phys_step(struct xen_dma_xlate_answer *a)
{
	u64 baddr = a->addr[XEN_DMA_XLATE_BUS];
	phys_addr_t paddr;

	a->why[XEN_DMA_XLATE_VIRT] = "no physical address";
	if (baddr > (phys_addr_t)-1) {
		a->why[XEN_DMA_XLATE_PHYS] = "bus address out of range";
		return;
	}
	paddr = xen_dma_xlate_bus_to_phys_uncounted(baddr);
	if (paddr == XEN_DMA_XLATE_NO_PHYS) {
		a->why[XEN_DMA_XLATE_PHYS] = xen_dma_xlate_no_local_frame;
		return;
	}
	xen_dma_xlate_set(a, XEN_DMA_XLATE_PHYS, paddr);
	xen_dma_xlate_phys_to_virt(a);
}

/* DMA address from the bus one: the device's regions. */
static void xen_dma_xlate_bus_to_dma_step(struct device *dev, struct xen_dma_xlate_answer *a)
{
	phys_addr_t baddr = a->addr[XEN_DMA_XLATE_BUS];
	dma_addr_t dma_addr;

	if (!dev) {
		a->why[XEN_DMA_XLATE_DMA] = "no device given";
		return;
	}
	if (a->why[XEN_DMA_XLATE_BUS]) {
		a->why[XEN_DMA_XLATE_DMA] = "no bus address";
		return;
	}
	if (!xen_dma_xlate_dev_bus_to_dma(dev, baddr, &dma_addr)) {
		a->why[XEN_DMA_XLATE_DMA] = xen_dma_xlate_bus_outside;
		return;
	}
	xen_dma_xlate_set(a, XEN_DMA_XLATE_DMA, __sme_set(dma_addr));
}

/* Bus address from the DMA one: the device's regions backwards. */
static void xen_dma_xlate_dma_to_bus_step(struct device *dev, struct xen_dma_xlate_answer *a)
{
	dma_addr_t dma_addr = a->addr[XEN_DMA_XLATE_DMA];
	phys_addr_t baddr;

	if (dma_addr != a->addr[XEN_DMA_XLATE_DMA] || dma_addr == DMA_MAPPING_ERROR) {
		a->why[XEN_DMA_XLATE_BUS] = "DMA address out of range";
		return;
	}
	if (!xen_dma_xlate_dev_dma_to_bus(dev, __sme_clr(dma_addr), &baddr)) {
		/* Without regions only a 32-bit phys_addr_t refuses. */
		a->why[XEN_DMA_XLATE_BUS] = dev->dma_range_map ? xen_dma_xlate_dma_outside :
					    "bus address out of range";
		return;
	}
	xen_dma_xlate_set(a, XEN_DMA_XLATE_BUS, baddr);
}

/**
 * xen_dma_xlate_explain() - Follow an address through the four spaces.
 * @dev: Device for the DMA space, or NULL.
 * @space: Space of @addr.
 * @addr: The address.
 * @a: Filled in with the address in every space, or why there is none.
 *
 * From a virtual address, xen_virt_to_phys() gives the physical one; from
 * a physical one, the linear map gives the virtual address and the p2m the
 * bus address; @dev's DMA regions turn the bus address into the DMA one;
 * and the reverse from a bus or DMA address.  @a->limit is what a range
 * must stay under to be DMAed without bouncing.
 *
 * Context: Any context.
 */
void xen_dma_xlate_explain(struct device *dev, enum xen_dma_xlate_space space,
			   u64 addr, struct xen_dma_xlate_answer *a)
{
	int s;

	for (s = 0; s < XEN_DMA_XLATE_NR_SPACES; s++) {
		a->addr[s] = 0;
		a->why[s] = "not computed";
	}
	xen_dma_xlate_set(a, space, addr);
	a->limit = dev && dev->dma_mask ? xen_dma_xlate_dev_limit(dev) : 0;

	switch (space) {
	case XEN_DMA_XLATE_VIRT:
		addr = xen_virt_to_phys((const void *)(unsigned long)addr);
		if (addr == XEN_DMA_XLATE_NO_PHYS) {
			a->why[XEN_DMA_XLATE_PHYS] = xen_dma_xlate_virt_unmapped;
			a->why[XEN_DMA_XLATE_BUS] = "no physical address";
			a->why[XEN_DMA_XLATE_DMA] = "no physical address";
			return;
		}
		xen_dma_xlate_set(a, XEN_DMA_XLATE_PHYS, addr);
		xen_dma_xlate_phys_to_bus_step(a);
		break;
	case XEN_DMA_XLATE_PHYS:
		xen_dma_xlate_phys_to_virt(a);
		xen_dma_xlate_phys_to_bus_step(a);
		break;
	case XEN_DMA_XLATE_BUS:
		xen_dma_xlate_bus_to_phys_step(a);
		break;
	case XEN_DMA_XLATE_DMA:
		if (!dev)
			return;
		xen_dma_xlate_dma_to_bus_step(dev, a);
		if (a->why[XEN_DMA_XLATE_BUS]) {
			a->why[XEN_DMA_XLATE_PHYS] = "no bus address";
			a->why[XEN_DMA_XLATE_VIRT] = "no bus address";
			return;
		}
		xen_dma_xlate_bus_to_phys_step(a);
		return;
	default:
		return;
	}
	xen_dma_xlate_bus_to_dma_step(dev, a);
}
EXPORT_SYMBOL_IF_KUNIT(xen_dma_xlate_explain);
