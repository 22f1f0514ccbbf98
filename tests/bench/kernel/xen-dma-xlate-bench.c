// SPDX-License-Identifier: GPL-2.0
/*
 * In-kernel benchmark of xen-dma-xlate against the open-coded translation
 * of Linux 6.1's swiotlb-xen, in the running kernel: the real p2m (x86 PV's
 * array and M2P, or Arm's), the real phys_to_dma() and dma_to_phys(), and
 * the reference inlined into its caller as swiotlb-xen has it, while the
 * library is the exported call a converted swiotlb-xen would make.
 *
 * Everything runs at load time.  Each case first checks that library and
 * reference agree on every input (a disagreement is reported with the
 * word MISMATCH and the load fails), then times batches of calls of each
 * side, alternating which goes first.  One line per repetition:
 *
 *   xen-dma-xlate-bench: RAW group name x rep lib_ps ref_ps
 *
 * in picoseconds per call (x86; counter ticks * 1000 elsewhere), read
 * by tests/bench/kernel/parse.  Nothing here asserts anything about time.
 */
#define pr_fmt(fmt) "xen-dma-xlate-bench: " fmt

#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/gfp.h>
#include <linux/ktime.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/preempt.h>
#include <linux/random.h>
#include <linux/sizes.h>
#include <linux/timex.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <xen/dma-xlate.h>
#include <xen/page.h>
#include <xen/xen.h>

#include "xdx-compat.h"

#define XBK_NR_INPUTS	256
/* The block the inputs come from: 2 MiB, so 1 MiB ranges fit from any page of its first half. */
#define XBK_ORDER	9
#define XBK_HALF	(PAGE_SIZE << (XBK_ORDER - 1))

static unsigned int reps = 11;
module_param(reps, uint, 0444);
MODULE_PARM_DESC(reps, "repetitions of each case (default 11)");
static unsigned int iters = 2000;
module_param(iters, uint, 0444);
MODULE_PARM_DESC(iters, "calls per timed batch, divided by frames per call for ranges");

enum xbk_kind { XBK_P2D, XBK_D2P, XBK_CONTIG, XBK_CAPABLE, XBK_LINEAR, XBK_VMALLOC };

struct xbk_case {
	const char *group;
	char name[32];
	unsigned long x;
	enum xbk_kind kind;
	size_t size;
	unsigned long frames;
	u64 in[XBK_NR_INPUTS];
};

static struct device xbk_dev;
static u64 xbk_mask = DMA_BIT_MASK(64);
static u64 xbk_sink;

/* 6.1's xen_phys_to_dma(): p2m, then the region walk of phys_to_dma(). */
static inline dma_addr_t xbk_ref_phys_to_dma(struct device *dev, phys_addr_t paddr)
{
	unsigned long bfn = pfn_to_bfn(XEN_PFN_DOWN(paddr));

	return phys_to_dma(dev, ((phys_addr_t)bfn << XEN_PAGE_SHIFT) |
			   (paddr & ~XEN_PAGE_MASK));
}

/* 6.1's xen_dma_to_phys(): dma_to_phys(), then bfn_to_pfn(). */
static inline phys_addr_t xbk_ref_dma_to_phys(struct device *dev, dma_addr_t dma_addr)
{
	phys_addr_t baddr = dma_to_phys(dev, dma_addr);
	unsigned long xen_pfn = bfn_to_pfn(XEN_PFN_DOWN(baddr));

	return ((phys_addr_t)xen_pfn << XEN_PAGE_SHIFT) | (baddr & ~XEN_PAGE_MASK);
}

/* 6.1's range_straddles_page_boundary(): one pfn_to_bfn() per Xen frame. */
static inline int xbk_ref_straddles(phys_addr_t paddr, size_t size)
{
	unsigned long next_bfn, xen_pfn = XEN_PFN_DOWN(paddr);
	unsigned int i, nr = XEN_PFN_UP(xen_offset_in_page(paddr) + size);

	next_bfn = pfn_to_bfn(xen_pfn);
	for (i = 1; i < nr; i++)
		if (pfn_to_bfn(++xen_pfn) != ++next_bfn)
			return 1;
	return 0;
}

/* The bounce decision of 6.1's xen_swiotlb_map_page(), Xen-specific part. */
static inline bool xbk_ref_capable(struct device *dev, phys_addr_t paddr, size_t size)
{
	return dma_capable(dev, xbk_ref_phys_to_dma(dev, paddr), size, true) &&
	       !xbk_ref_straddles(paddr, size);
}

/* The page-walked lookup a caller open-codes for a vmalloc address. */
static inline phys_addr_t xbk_ref_vmalloc_to_phys(const void *vaddr)
{
	return page_to_phys(vmalloc_to_page(vaddr)) + offset_in_page(vaddr);
}

static u64 xbk_call(const struct xbk_case *c, bool lib, u64 in)
{
	void *v = (void *)(uintptr_t)in;

	switch (c->kind) {
	case XBK_P2D:
		return lib ? xen_phys_to_dma(&xbk_dev, in) : xbk_ref_phys_to_dma(&xbk_dev, in);
	case XBK_D2P:
		return lib ? xen_dma_to_phys(&xbk_dev, in) : xbk_ref_dma_to_phys(&xbk_dev, in);
	case XBK_CONTIG:
		return lib ? xen_phys_range_contiguous(in, c->size) :
			     !xbk_ref_straddles(in, c->size);
	case XBK_CAPABLE:
		return lib ? xen_dma_capable(&xbk_dev, in, c->size) :
			     xbk_ref_capable(&xbk_dev, in, c->size);
	case XBK_LINEAR:
		return lib ? xen_virt_to_phys(v) : virt_to_phys(v);
	case XBK_VMALLOC:
		return lib ? xen_virt_to_phys(v) : xbk_ref_vmalloc_to_phys(v);
	}
	return 0;
}

#define XBK_LOOP(expr) do {					\
	for (i = 0; i < n; i++)					\
		acc += (expr);					\
} while (0)

/*
 * Time of one call of one side, preemption off during the batch, in
 * picoseconds on x86 (from tsc_khz), in counter ticks * 1000 elsewhere.
 * The cycle counter, not ktime: under TCG Xen's PV clock jumps, and a
 * batch sometimes read 0 ns.
 */
static u64 xbk_time(const struct xbk_case *c, bool lib, unsigned int n)
{
	struct device *dev = &xbk_dev;
	const u64 *in = c->in;
	size_t size = c->size;
	unsigned int i;
	u64 t0, t1, acc = 0;

	preempt_disable();
	t0 = get_cycles();
	switch (c->kind * 2 + lib) {
	case XBK_P2D * 2:
		XBK_LOOP(xbk_ref_phys_to_dma(dev, in[i % XBK_NR_INPUTS]));
		break;
	case XBK_P2D * 2 + 1:
		XBK_LOOP(xen_phys_to_dma(dev, in[i % XBK_NR_INPUTS]));
		break;
	case XBK_D2P * 2:
		XBK_LOOP(xbk_ref_dma_to_phys(dev, in[i % XBK_NR_INPUTS]));
		break;
	case XBK_D2P * 2 + 1:
		XBK_LOOP(xen_dma_to_phys(dev, in[i % XBK_NR_INPUTS]));
		break;
	case XBK_CONTIG * 2:
		XBK_LOOP(!xbk_ref_straddles(in[i % XBK_NR_INPUTS], size));
		break;
	case XBK_CONTIG * 2 + 1:
		XBK_LOOP(xen_phys_range_contiguous(in[i % XBK_NR_INPUTS], size));
		break;
	case XBK_CAPABLE * 2:
		XBK_LOOP(xbk_ref_capable(dev, in[i % XBK_NR_INPUTS], size));
		break;
	case XBK_CAPABLE * 2 + 1:
		XBK_LOOP(xen_dma_capable(dev, in[i % XBK_NR_INPUTS], size));
		break;
	case XBK_LINEAR * 2:
		XBK_LOOP(virt_to_phys((void *)(uintptr_t)in[i % XBK_NR_INPUTS]));
		break;
	case XBK_LINEAR * 2 + 1:
		XBK_LOOP(xen_virt_to_phys((void *)(uintptr_t)in[i % XBK_NR_INPUTS]));
		break;
	case XBK_VMALLOC * 2:
		XBK_LOOP(xbk_ref_vmalloc_to_phys((void *)(uintptr_t)in[i % XBK_NR_INPUTS]));
		break;
	case XBK_VMALLOC * 2 + 1:
		XBK_LOOP(xen_virt_to_phys((void *)(uintptr_t)in[i % XBK_NR_INPUTS]));
		break;
	}
	t1 = get_cycles();
	preempt_enable();
	WRITE_ONCE(xbk_sink, xbk_sink ^ acc);
#ifdef CONFIG_X86
	if (tsc_khz)
		return div_u64((t1 - t0) * 1000000000ULL, (u64)tsc_khz * n);
#endif
	return div_u64((t1 - t0) * 1000, n);
}

static int xbk_run(struct xbk_case *c)
{
	unsigned int n = max_t(unsigned int, iters / c->frames, 20);
	u64 lib, ref, a, b;
	unsigned int r, i;

	for (i = 0; i < XBK_NR_INPUTS; i++) {
		a = xbk_call(c, true, c->in[i]);
		b = xbk_call(c, false, c->in[i]);
		if (a != b) {
			pr_err("MISMATCH %s %s input 0x%llx: library 0x%llx, reference 0x%llx\n",
			       c->group, c->name, c->in[i], a, b);
			return -EINVAL;
		}
	}
	xbk_time(c, true, n);
	xbk_time(c, false, n);
	for (r = 0; r < reps; r++) {
		if (r & 1)
			lib = xbk_time(c, true, n);
		ref = xbk_time(c, false, n);
		if (!(r & 1))
			lib = xbk_time(c, true, n);
		pr_info("RAW %s %s %lu %u %llu %llu\n", c->group, c->name, c->x, r, lib, ref);
	}
	cond_resched();
	return 0;
}

/*
 * A map of @nr regions where the one at @hit holds every bus address below
 * 2^44 (all of this machine's) and the others lie far above it, so a walk
 * to @hit passes @hit regions that do not match.
 */
static struct bus_dma_region *xbk_regions(unsigned int nr, unsigned int hit)
{
	struct bus_dma_region *map = kcalloc(nr + 1, sizeof(*map), GFP_KERNEL);
	unsigned int k;

	if (!map)
		return NULL;
	for (k = 0; k < nr; k++) {
		map[k].cpu_start = k == hit ? 0 : (1ULL << 45) + ((u64)k << 30);
		map[k].size = k == hit ? 1ULL << 44 : 1ULL << 30;
		map[k].dma_start = map[k].cpu_start + (1ULL << 46);
		xdx_region_set_offset(&map[k]);
	}
	return map;
}

static int xbk_region_cases(struct xbk_case *c, phys_addr_t base)
{
	static const unsigned int nr_regions[] = { 0, 1, 4, 16 };
	struct bus_dma_region *map;
	unsigned int n, hit, i;
	int err = 0;

	for (n = 0; n < ARRAY_SIZE(nr_regions) && !err; n++) {
		for (hit = 0; hit < (nr_regions[n] > 1 ? 2 : 1) && !err; hit++) {
			map = NULL;
			if (nr_regions[n]) {
				map = xbk_regions(nr_regions[n], hit ? nr_regions[n] - 1 : 0);
				if (!map)
					return -ENOMEM;
			}
			xbk_dev.dma_range_map = map;
			c->x = nr_regions[n];
			c->frames = 1;
			snprintf(c->name, sizeof(c->name), "regions-%u-%s", nr_regions[n],
				 nr_regions[n] ? (hit ? "last" : "first") : "none");
			for (i = 0; i < XBK_NR_INPUTS; i++)
				c->in[i] = base + get_random_u32_below(2 * XBK_HALF);
			c->group = "phys-to-dma";
			c->kind = XBK_P2D;
			err = xbk_run(c);
			for (i = 0; i < XBK_NR_INPUTS; i++)
				c->in[i] = xen_phys_to_dma(&xbk_dev, c->in[i]);
			c->group = "dma-to-phys";
			c->kind = XBK_D2P;
			err = err ?: xbk_run(c);
			xbk_dev.dma_range_map = NULL;
			kfree(map);
		}
	}
	return err;
}

static int xbk_range_cases(struct xbk_case *c, phys_addr_t base)
{
	struct bus_dma_region *map = xbk_regions(1, 0);
	unsigned int kind, i;
	int err = 0;
	size_t size;

	if (!map)
		return -ENOMEM;
	xbk_dev.dma_range_map = map;
	for (kind = 0; kind < 2 && !err; kind++) {
		for (size = SZ_4K; size <= SZ_1M && !err; size *= 4) {
			c->group = kind ? "capable" : "contiguous";
			c->kind = kind ? XBK_CAPABLE : XBK_CONTIG;
			c->size = size;
			c->frames = size >> XEN_PAGE_SHIFT;
			c->x = c->frames;
			snprintf(c->name, sizeof(c->name), "%zuKiB", size >> 10);
			for (i = 0; i < XBK_NR_INPUTS; i++)
				c->in[i] = base + (get_random_u32_below(XBK_HALF) & XEN_PAGE_MASK);
			err = xbk_run(c);
		}
	}
	xbk_dev.dma_range_map = NULL;
	kfree(map);
	return err;
}

static int xbk_virt_cases(struct xbk_case *c, void *linear)
{
	void *vbuf = vmalloc(SZ_1M);
	unsigned int i;
	int err;

	if (!vbuf)
		return -ENOMEM;
	c->frames = 1;
	c->x = 0;
	c->group = "virt-to-phys";
	c->kind = XBK_LINEAR;
	strscpy(c->name, "linear", sizeof(c->name));
	for (i = 0; i < XBK_NR_INPUTS; i++)
		c->in[i] = (uintptr_t)linear + get_random_u32_below(2 * XBK_HALF);
	err = xbk_run(c);
	c->kind = XBK_VMALLOC;
	strscpy(c->name, "vmalloc", sizeof(c->name));
	for (i = 0; i < XBK_NR_INPUTS; i++)
		c->in[i] = (uintptr_t)vbuf + get_random_u32_below(SZ_1M);
	err = err ?: xbk_run(c);
	vfree(vbuf);
	return err;
}

static int __init xbk_init(void)
{
	struct xbk_case *c = kzalloc(sizeof(*c), GFP_KERNEL);
	struct page *block = alloc_pages(GFP_KERNEL, XBK_ORDER);
	int err = -ENOMEM;

	if (!c || !block)
		goto out;
	xbk_dev.dma_mask = &xbk_mask;
	if (!reps)
		reps = 1;
	if (!iters)
		iters = 1;
	pr_info("START xen_domain=%d xen_pv_domain=%d reps=%u iters=%u clock=%s\n",
		xen_domain(), xen_pv_domain(), reps, iters,
		IS_ENABLED(CONFIG_X86) ? "tsc" : "cntvct");
	err = xbk_region_cases(c, page_to_phys(block));
	err = err ?: xbk_range_cases(c, page_to_phys(block));
	err = err ?: xbk_virt_cases(c, page_address(block));
	pr_info("DONE err=%d\n", err);
out:
	if (block)
		__free_pages(block, XBK_ORDER);
	kfree(c);
	return err;
}

static void __exit xbk_exit(void)
{
}

module_init(xbk_init);
module_exit(xbk_exit);
MODULE_DESCRIPTION("Benchmark of xen-dma-xlate against swiotlb-xen's open-coded translation");
MODULE_LICENSE("GPL");
