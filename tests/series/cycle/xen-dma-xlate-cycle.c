// SPDX-License-Identifier: GPL-2.0
/*
 * Loaded right after each load of the library in the load/unload cycles:
 * checks a handful of translations against the kernel's own tables and
 * refuses to load when one is wrong, so that a cycle that leaves the
 * library in a bad state stops the loop.  It also holds a reference on
 * the library, against which an rmmod of the library must fail.
 */
#include <linux/device.h>
#include <linux/dma-mapping.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <xen/dma-xlate.h>
#include <xen/page.h>

#define CYCLE_PAGES	4

/*
 * The kmemleak control of tests/series/init-cycles.sh: "leak=N" makes one
 * load lose N objects, which the same two scans that judge the cycles
 * must then report.
 */
static unsigned int leak;
module_param(leak, uint, 0444);
MODULE_PARM_DESC(leak, "objects to leak on purpose (kmemleak control)");

/* A device with no DMA regions and a 64-bit mask: DMA = bus address. */
static u64 cycle_mask = DMA_BIT_MASK(64);
static struct device cycle_dev = { .dma_mask = &cycle_mask };

/* The page's translations against virt_to_phys/vmalloc_to_page and the p2m. */
static int cycle_check(const void *vaddr, phys_addr_t want)
{
	dma_addr_t dma = xen_phys_to_dma(&cycle_dev, want);
	phys_addr_t bus = ((phys_addr_t)pfn_to_bfn(XEN_PFN_DOWN(want)) << XEN_PAGE_SHIFT) |
			  xen_offset_in_page(want);

	if (xen_virt_to_phys(vaddr) != want || dma != bus ||
	    xen_dma_to_phys(&cycle_dev, dma) != want) {
		pr_err("xen-dma-xlate-cycle: %p: phys %pa, dma %pad, bus %pa\n",
		       vaddr, &want, &dma, &bus);
		return -EINVAL;
	}
	return 0;
}

static int __init cycle_init(void)
{
	u8 *kbuf = kmalloc(CYCLE_PAGES * PAGE_SIZE, GFP_KERNEL);
	u8 *vbuf = vmalloc(CYCLE_PAGES * PAGE_SIZE);
	int i, ret = -ENOMEM;
	u8 *k, *v;

	if (kbuf && vbuf) {
		ret = 0;
		for (i = 0; i < CYCLE_PAGES && !ret; i++) {
			k = kbuf + i * PAGE_SIZE + 17;
			v = vbuf + i * PAGE_SIZE + 5;
			ret = cycle_check(k, virt_to_phys(k));
			if (!ret)
				ret = cycle_check(v, page_to_phys(vmalloc_to_page(v)) + 5);
		}
	}
	vfree(vbuf);
	kfree(kbuf);
	for (i = 0; i < leak; i++)
		WRITE_ONCE(k, kmalloc(64, GFP_KERNEL));
	return ret;
}
module_init(cycle_init);

static void __exit cycle_exit(void)
{
}
module_exit(cycle_exit);

MODULE_DESCRIPTION("Translation check run after each load of xen-dma-xlate");
MODULE_LICENSE("GPL");
