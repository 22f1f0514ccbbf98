// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: every row of the bad-input table (bad-input-cases.h) as one case.
 *
 * A row names the function, the device, the address or pointer and the
 * result promised by the function's kernel-doc.  Rows that need a live
 * object (a freed vmalloc() area, a guard page, an ioremap()) make it
 * here and drop it at the end of the case.
 */
#include <kunit/test.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/err.h>
#include <linux/io.h>
#include <linux/mm.h>
#include <linux/of_address.h>
#include <linux/pci.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/fixmap.h>
#ifdef CONFIG_X86_LOCAL_APIC
#include <asm/apicdef.h>
#endif
#include <xen/dma-xlate.h>
#include <xen/xen.h>

#include "bad-input-cases.h"
#include "test-env.h"

static const struct bus_dma_region bad_empty_map[] = {
	{ }
};

/* The map ends at its first zero-size region: the second is never seen. */
static const struct bus_dma_region bad_zero_first_map[] = {
	{ .cpu_start = 0x0, .dma_start = 0x0, .size = 0 },
	{ .cpu_start = 0x0, .dma_start = 0x0, .size = SZ_1G },
	{ }
};

static const struct bus_dma_region bad_zero_mid_map[] = {
	{ .cpu_start = 0x0, .dma_start = 0x80000000, .size = SZ_1M },
	{ .cpu_start = SZ_1M, .dma_start = SZ_1M, .size = 0 },
	{ .cpu_start = SZ_2M, .dma_start = SZ_2M, .size = SZ_1M },
	{ }
};

static const struct bus_dma_region bad_overlap_map[] = {
	{ .cpu_start = 0x0, .dma_start = 0x80000000, .size = SZ_4M },
	{ .cpu_start = SZ_2M, .dma_start = 0x40000000, .size = SZ_4M },
	{ }
};

static const struct bus_dma_region bad_overlap_dma_map[] = {
	{ .cpu_start = 0x0, .dma_start = 0x80000000, .size = SZ_4M },
	{ .cpu_start = 0x10000000, .dma_start = 0x80200000, .size = SZ_4M },
	{ }
};

static const struct bus_dma_region bad_wrap_cpu_map[] = {
	{ .cpu_start = (phys_addr_t)-SZ_1M, .dma_start = 0x0, .size = SZ_2M },
	{ .cpu_start = 0x0, .dma_start = 0x10000000, .size = SZ_1G },
	{ }
};

static const struct bus_dma_region bad_wrap_dma_map[] = {
	{ .cpu_start = 0x0, .dma_start = (dma_addr_t)-SZ_1M, .size = SZ_2M },
	{ }
};

/* What a row's pointer kind made, and what must be undone. */
struct bad_input_env {
	struct device *dev;
	const void *ptr;
	phys_addr_t mmio;	/* P_IOREMAP: the physical address of ptr */
	void *vmalloc_area;	/* P_GUARD: vfree() at the end */
	void __iomem *iomap;	/* P_IOREMAP: iounmap() at the end */
};

static struct device *bad_input_device(struct kunit *test, enum bad_input_dev kind)
{
	static const struct bus_dma_region *const maps[] = {
		[D_EMPTY] = bad_empty_map,
		[D_RPI4] = xlate_test_rpi4_map,
		[D_HOLES] = xlate_test_holes_map,
		[D_ZERO_FIRST] = bad_zero_first_map,
		[D_ZERO_MID] = bad_zero_mid_map,
		[D_OVERLAP] = bad_overlap_map,
		[D_OVERLAP_DMA] = bad_overlap_dma_map,
		[D_WRAP_CPU] = bad_wrap_cpu_map,
		[D_WRAP_DMA] = bad_wrap_dma_map,
	};
	struct device *dev;

	switch (kind) {
	case D_NONE:
	case D_NULL:
		return NULL;
	case D_NO_MASK:
		return xlate_test_device(test, NULL, 0, 0);
	case D_ZERO_MASK:
		dev = xlate_test_device(test, NULL, 0, 0);
		dev->dma_mask = &dev->coherent_dma_mask;
		return dev;
	case D_NO_MAP:
		return xlate_test_device(test, NULL, DMA_BIT_MASK(64), 0);
	case D_M29:
		return xlate_test_device(test, NULL, DMA_BIT_MASK(29), 0);
	default:
		return xlate_test_device(test, maps[kind], DMA_BIT_MASK(64), 0);
	}
}

/* A page-aligned MMIO address from the device tree, or false. */
static bool bad_input_of_mmio(phys_addr_t *mmio)
{
	static const char *const compatibles[] = { "arm,pl011", "virtio,mmio" };
	struct device_node *np;
	struct resource res;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(compatibles); i++) {
		for_each_compatible_node(np, NULL, compatibles[i]) {
			if (!of_address_to_resource(np, 0, &res) && PAGE_ALIGNED(res.start)) {
				of_node_put(np);
				*mmio = res.start;
				return true;
			}
		}
	}
	return false;
}

/*
 * A page-aligned MMIO address that is safe to map (never accessed here):
 * a PCI memory BAR, else a PL011 or virtio-mmio window of the device tree,
 * else, on x86 outside a PV domain, the local APIC.
 */
static bool bad_input_find_mmio(phys_addr_t *mmio)
{
	struct pci_dev *pdev = NULL;
	int bar;

	/* A BAR of a page or more is aligned to its size. */
	for_each_pci_dev(pdev) {
		for (bar = 0; bar < PCI_STD_NUM_BARS; bar++) {
			if ((pci_resource_flags(pdev, bar) & IORESOURCE_MEM) &&
			    pci_resource_start(pdev, bar) &&
			    pci_resource_len(pdev, bar) >= PAGE_SIZE) {
				*mmio = pci_resource_start(pdev, bar);
				pci_dev_put(pdev);
				return true;
			}
		}
	}
	if (IS_ENABLED(CONFIG_OF_ADDRESS) && bad_input_of_mmio(mmio))
		return true;
#ifdef CONFIG_X86_LOCAL_APIC
	/* A PV domain may not map it; a bare kernel always may. */
	if (!xen_pv_domain()) {
		*mmio = APIC_DEFAULT_PHYS_BASE;
		return true;
	}
#endif
	return false;
}

static void bad_input_make_pointer(struct kunit *test, enum bad_input_ptr kind,
				   struct bad_input_env *env)
{
	u8 *buf;

	switch (kind) {
	case P_NONE:
	case P_NULL:
		env->ptr = NULL;
		break;
	case P_NULL_OFFSET:
		env->ptr = (const void *)0x10;
		break;
	case P_ERR_EINVAL:
		env->ptr = ERR_PTR(-EINVAL);
		break;
	case P_ERR_MAX:
		env->ptr = ERR_PTR(-MAX_ERRNO);
		break;
	case P_USER:
		env->ptr = (const void *)0x400000UL;
		break;
	case P_USER_HIGH:
		env->ptr = (const void *)0x7f0000001000UL;
		break;
	case P_TOP_BIT:
		env->ptr = (const void *)(1UL << (BITS_PER_LONG - 1));
		break;
	case P_LINEAR_HOLE:
		/* Where the linear map would put RAM that is not there. */
		env->ptr = (const void *)(ALIGN((unsigned long)high_memory, SZ_1G) + SZ_1G);
		break;
	case P_FREED:
		buf = vmalloc(PAGE_SIZE);
		KUNIT_ASSERT_NOT_NULL(test, buf);
		/* vfree() clears the ptes at once; the range is reused only later. */
		vfree(buf);
		env->ptr = buf + 5;
		break;
	case P_GUARD:
		buf = vmalloc(PAGE_SIZE);
		KUNIT_ASSERT_NOT_NULL(test, buf);
		env->vmalloc_area = buf;
		env->ptr = buf + PAGE_SIZE + 5;
		break;
	case P_VMEMMAP:
		/* 32-bit Arm keeps its struct pages in the linear map. */
		if (!IS_ENABLED(CONFIG_SPARSEMEM_VMEMMAP))
			xlate_test_skip(test, "no vmemmap: struct pages are in the linear map");
		buf = kunit_kmalloc(test, 64, GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, buf);
		env->ptr = virt_to_page(buf);
		break;
	case P_FIXMAP:
		env->ptr = (const void *)fix_to_virt(FIX_EARLYCON_MEM_BASE);
		break;
	case P_IOREMAP:
		if (!bad_input_find_mmio(&env->mmio))
			xlate_test_skip(test, "no MMIO to ioremap() here");
		env->iomap = ioremap(env->mmio, PAGE_SIZE);
		/* Not KUNIT_ASSERT_NOT_NULL(): sparse keeps __iomem apart. */
		KUNIT_ASSERT_TRUE(test, env->iomap);
		kunit_info(test, "ioremap() of MMIO at %pa\n", &env->mmio);
		env->mmio += 0x123;
		env->ptr = (const void __force *)env->iomap + 0x123;
		break;
	case P_KMALLOC:
		buf = kunit_kmalloc(test, 64, GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, buf);
		env->ptr = buf + 7;
		break;
	}
}

static void bad_input_release(struct bad_input_env *env)
{
	if (env->iomap)
		iounmap(env->iomap);
	vfree(env->vmalloc_area);
}

/* The value a row expects, in the type of the function's result. */
/*
 * LPAE: a phys_addr_t reaches past the frames an unsigned long can number.
 * An address up there (the rows at the top of the address space) has no
 * Xen frame, so every translation of it fails there; on 64-bit kernels no
 * address is that high.
 */
static bool bad_input_has_no_frame_number(const struct bad_input_case *c)
{
	u64 last = c->addr + (c->size ? c->size - 1 : 0);

	/* xen_dma_to_bus() looks up no frame; zero bytes are contiguous. */
	if (c->fn == F_DMA_TO_BUS || (c->fn == F_CONTIGUOUS && !c->size))
		return false;
	return c->ptr == P_NONE && last >= c->addr && !xlate_test_frame_numbered(last);
}

static u64 bad_input_expected(const struct bad_input_case *c,
			      const struct bad_input_env *env)
{
	bool to_dma = c->fn == F_PHYS_TO_DMA || c->fn == F_VIRT_TO_DMA;
	enum bad_input_want want = c->want;

	if (want != W_WARN && bad_input_has_no_frame_number(c))
		want = W_FAIL;
	switch (want) {
	case W_FAIL:
	case W_WARN:
		if (c->fn == F_VIRT_TO_PAGE || c->fn == F_CONTIGUOUS || c->fn == F_CAPABLE)
			return 0;
		return to_dma ? DMA_MAPPING_ERROR : NO_PHYS;
	case W_TRUE:
		return 1;
	case W_VALUE:
		return c->value;
	case W_MMIO:
		return to_dma ? xlate_test_expected_bus(env->mmio) : env->mmio;
	case W_BUS:
		return xlate_test_expected_bus(virt_to_phys((void *)env->ptr));
	}
	return 0;
}

static u64 bad_input_call(const struct bad_input_case *c,
			  const struct bad_input_env *env)
{
	switch (c->fn) {
	case F_PHYS_TO_DMA:
		return xen_phys_to_dma(env->dev, c->addr);
	case F_DMA_TO_PHYS:
		return xen_dma_to_phys(env->dev, c->addr);
	case F_DMA_TO_BUS:
		return xen_dma_to_bus(env->dev, c->addr);
	case F_VIRT_TO_PHYS:
		return xen_virt_to_phys(env->ptr);
	case F_VIRT_TO_PAGE:
		return (unsigned long)xen_virt_to_page(env->ptr);
	case F_VIRT_TO_DMA:
		return xen_virt_to_dma(env->dev, env->ptr);
	case F_CONTIGUOUS:
		return xen_phys_range_contiguous(c->addr, c->size);
	case F_CAPABLE:
		return xen_dma_capable(env->dev, c->addr, c->size);
	}
	return 0;
}

static const char *const bad_input_fn_names[] = {
	[F_PHYS_TO_DMA] = "xen_phys_to_dma",
	[F_DMA_TO_PHYS] = "xen_dma_to_phys",
	[F_DMA_TO_BUS] = "xen_dma_to_bus",
	[F_VIRT_TO_PHYS] = "xen_virt_to_phys",
	[F_VIRT_TO_PAGE] = "xen_virt_to_page",
	[F_VIRT_TO_DMA] = "xen_virt_to_dma",
	[F_CONTIGUOUS] = "xen_phys_range_contiguous",
	[F_CAPABLE] = "xen_dma_capable",
};

static void bad_input_desc(const struct bad_input_case *c, char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "%s: %s",
		 bad_input_fn_names[c->fn], c->input);
}

KUNIT_ARRAY_PARAM(bad_input, bad_input_cases, bad_input_desc);

static void bad_input(struct kunit *test)
{
	const struct bad_input_case *c = test->param_value;
	struct bad_input_env env = { };

	if (c->p2m != M_REAL)
		xlate_test_use_p2m(test, c->p2m == M_ARM ? &xlate_test_arm_p2m :
							  &xlate_test_x86_p2m);
	env.dev = bad_input_device(test, c->dev);
	bad_input_make_pointer(test, c->ptr, &env);
	if (c->want == W_WARN)
		kunit_info(test, "a WARNING about a NULL device may follow (once per site)");

	KUNIT_EXPECT_EQ_MSG(test, bad_input_call(c, &env), bad_input_expected(c, &env),
			    "%s(%s)", bad_input_fn_names[c->fn], c->input);
	bad_input_release(&env);
}

static struct kunit_case bad_input_test_cases[] = {
	KUNIT_CASE_PARAM(bad_input, bad_input_gen_params),
	{ }
};

static struct kunit_suite bad_input_test_suite = {
	.name = "xen-dma-xlate-bad-input",
	.test_cases = bad_input_test_cases,
};

kunit_test_suite(bad_input_test_suite);
