// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for xen_virt_to_phys(), xen_virt_to_page() and
 * xen_virt_to_dma().
 *
 * The oracle for a mapped buffer is its content: the test writes a pattern
 * through the address under test and reads it back through the linear-map
 * alias of the physical address the library returned, so a wrong frame or
 * a lost offset shows as a wrong byte.  These tests use the real p2m, so
 * they also hold inside a Xen dom0.
 */
#include <kunit/test.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/err.h>
#include <linux/io.h>
#include <linux/mm.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/sections.h>
#include <xen/dma-xlate.h>

#include "test-env.h"

/* Offsets that cross pages and are never aligned. */
static const size_t odd_offsets[] = { 0, 1, 13, PAGE_SIZE - 1, PAGE_SIZE + 7,
				      2 * PAGE_SIZE + 101, 3 * PAGE_SIZE - 1 };

/* Module data when the tests are a module, kernel image data otherwise. */
static u8 xlate_test_static_buf[3 * PAGE_SIZE];

/*
 * Check every odd offset of [buf, buf + 3 pages): the byte written through
 * @buf must be the byte found through the linear alias of the result.
 */
static void expect_alias_bytes(struct kunit *test, u8 *buf)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(odd_offsets); i++) {
		u8 *p = buf + odd_offsets[i];
		phys_addr_t paddr = xen_virt_to_phys(p);
		u8 pattern = 0x5a ^ (u8)i ^ (u8)(odd_offsets[i] >> PAGE_SHIFT);

		KUNIT_ASSERT_NE(test, paddr, NO_PHYS);
		KUNIT_EXPECT_EQ(test, offset_in_page(paddr), offset_in_page(p));
		*p = pattern;
		KUNIT_EXPECT_EQ(test, *(u8 *)phys_to_virt(paddr), pattern);
		*p = ~pattern;
		KUNIT_EXPECT_EQ(test, *(u8 *)phys_to_virt(paddr), (u8)~pattern);
		KUNIT_EXPECT_PTR_EQ(test, xen_virt_to_page(p), pfn_to_page(PHYS_PFN(paddr)));
	}
}

static void linear_kmalloc(struct kunit *test)
{
	u8 *buf = kunit_kmalloc(test, 3 * PAGE_SIZE, GFP_KERNEL);
	size_t i;

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, buf);
	for (i = 0; i < ARRAY_SIZE(odd_offsets); i++)
		KUNIT_EXPECT_EQ(test, xen_virt_to_phys(buf + odd_offsets[i]),
				virt_to_phys(buf + odd_offsets[i]));
	expect_alias_bytes(test, buf);
}

static void kernel_image(struct kunit *test)
{
#ifdef CONFIG_ARM
	/*
	 * 32-bit Arm maps its image inside the linear map, and its zero page
	 * is a struct page allocated at boot: the case is the linear map's.
	 */
	const u8 *zero = page_address(ZERO_PAGE(0));
	phys_addr_t zero_phys = virt_to_phys(zero);
#else
	const u8 *zero = (const u8 *)empty_zero_page;
	phys_addr_t zero_phys = __pa_symbol(empty_zero_page);
#endif

	KUNIT_EXPECT_EQ(test, xen_virt_to_phys(zero + 77),
			page_to_phys(ZERO_PAGE(0)) + 77);
	KUNIT_EXPECT_PTR_EQ(test, xen_virt_to_page(zero + PAGE_SIZE - 1),
			    ZERO_PAGE(0));
	KUNIT_EXPECT_EQ(test, xen_virt_to_phys(zero), zero_phys);
}

static void static_data(struct kunit *test)
{
	expect_alias_bytes(test, xlate_test_static_buf);
}

/*
 * x86_64 maps the kernel image into a 1 GiB window of its own, below the
 * modules.  The kernel fills a few MiB of it; the rest is no buffer.  The
 * library built as a module cannot see where the image ends and asks the
 * page table (virt.c), which has two ways to say "not mapped": no entry
 * at all, or an entry that is not present (the kernel's __init memory
 * once freed under page table isolation, which tests/kunit/modules-run
 * turns on).  The oracle is the page table too, read here by hand: the
 * first address of each kind, from the bottom of the window up.
 */
static void image_window_unmapped(struct kunit *test)
{
#ifdef CONFIG_X86_64
	unsigned long addr, none = 0, not_present = 0;
	unsigned int level;
	pte_t *pte;

	for (addr = __START_KERNEL_map; addr < MODULES_VADDR; addr += PAGE_SIZE) {
		pte = lookup_address(addr, &level);
		if (!pte && !none)
			none = addr;
		else if (pte && !pte_present(*pte) && !not_present)
			not_present = addr;
		if (none && not_present)
			break;
	}
	kunit_info(test, "image window: first address without a pte %#lx, with a pte not present %#lx\n",
		   none, not_present);
	KUNIT_ASSERT_TRUE_MSG(test, none || not_present, "no unmapped page in the image window");
	if (none) {
		KUNIT_EXPECT_EQ(test, xen_virt_to_phys((void *)none + 5), NO_PHYS);
		KUNIT_EXPECT_NULL(test, xen_virt_to_page((void *)none));
	}
	if (not_present) {
		KUNIT_EXPECT_EQ(test, xen_virt_to_phys((void *)not_present + 5), NO_PHYS);
		KUNIT_EXPECT_NULL(test, xen_virt_to_page((void *)not_present));
	}
#else
	kunit_skip(test, "only x86_64 has a window for the kernel image");
#endif
}

static void vmalloc_buffer(struct kunit *test)
{
	u8 *buf = vmalloc(3 * PAGE_SIZE);

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, buf);
	expect_alias_bytes(test, buf);
	vfree(buf);
}

/* vmap() pages in reverse order: the page behind each slot is known. */
static void vmap_reversed(struct kunit *test)
{
	struct page *pages[3], *mapped[3];
	u8 *buf;
	int i;

	for (i = 0; i < 3; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, pages[i]);
		mapped[2 - i] = pages[i];
	}
	buf = vmap(mapped, 3, VM_MAP, PAGE_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, buf);

	for (i = 0; i < 3; i++) {
		u8 *p = buf + i * PAGE_SIZE + 2 * i + 1;

		KUNIT_EXPECT_PTR_EQ(test, xen_virt_to_page(p), mapped[i]);
		KUNIT_EXPECT_EQ(test, xen_virt_to_phys(p),
				page_to_phys(mapped[i]) + 2 * i + 1);
	}
	expect_alias_bytes(test, buf);

	vunmap(buf);
	for (i = 0; i < 3; i++)
		__free_page(pages[i]);
}

static void stack_buffer(struct kunit *test)
{
	u8 buf[64];
	size_t i;

	for (i = 0; i < sizeof(buf); i += 21) {
		phys_addr_t paddr = xen_virt_to_phys(&buf[i]);

		KUNIT_ASSERT_NE(test, paddr, NO_PHYS);
		buf[i] = (u8)i + 1;
		KUNIT_EXPECT_EQ(test, *(u8 *)phys_to_virt(paddr), (u8)i + 1);
	}
}

static void guard_page(struct kunit *test)
{
	u8 *buf = vmalloc(PAGE_SIZE);

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, buf);
	KUNIT_EXPECT_NE(test, xen_virt_to_phys(buf + PAGE_SIZE - 1), NO_PHYS);
	KUNIT_EXPECT_EQ(test, xen_virt_to_phys(buf + PAGE_SIZE), NO_PHYS);
	KUNIT_EXPECT_NULL(test, xen_virt_to_page(buf + PAGE_SIZE));
	vfree(buf);
}

static void freed_vmalloc(struct kunit *test)
{
	u8 *buf = vmalloc(PAGE_SIZE);

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, buf);
	vfree(buf);
	/* vfree() clears the ptes at once; the range is reused only later. */
	KUNIT_EXPECT_EQ(test, xen_virt_to_phys(buf), NO_PHYS);
	KUNIT_EXPECT_NULL(test, xen_virt_to_page(buf));
}

/*
 * A struct page lives in vmemmap: mapped, but neither linear map, image,
 * vmalloc nor module space, and never a DMA buffer.
 */
static void vmemmap_pointer(struct kunit *test)
{
	u8 *buf = kunit_kmalloc(test, 64, GFP_KERNEL);
	struct page *page;

	/* 32-bit Arm keeps its struct pages in the linear map. */
	if (!IS_ENABLED(CONFIG_SPARSEMEM_VMEMMAP))
		kunit_skip(test, "no vmemmap: struct pages are in the linear map");
	KUNIT_ASSERT_NOT_NULL(test, buf);
	page = virt_to_page(buf);
	KUNIT_EXPECT_EQ(test, xen_virt_to_phys(page), NO_PHYS);
	KUNIT_EXPECT_NULL(test, xen_virt_to_page(page));
}

struct bad_pointer_case {
	const char *name;
	unsigned long addr;
};

static const struct bad_pointer_case bad_pointer_cases[] = {
	{ "NULL", 0 },
	{ "NULL plus offset", 0x10 },
	{ "ERR_PTR(-EINVAL)", (unsigned long)-EINVAL },
	{ "ERR_PTR(-MAX_ERRNO)", (unsigned long)-MAX_ERRNO },
	{ "ERR_PTR(-1)", (unsigned long)-1 },
	{ "user address", 0x400000 },
	{ "high user address", 0x7f0000001000UL },
	{ "non-canonical", 0x8000000000000000UL },
};

static void bad_pointer_case_desc(const struct bad_pointer_case *c, char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(bad_pointer, bad_pointer_cases, bad_pointer_case_desc);

static void bad_pointer(struct kunit *test)
{
	const struct bad_pointer_case *c = test->param_value;
	const void *p = (const void *)c->addr;
	struct device *dev = xlate_test_device(test, NULL, DMA_BIT_MASK(64), 0);

	KUNIT_EXPECT_EQ(test, xen_virt_to_phys(p), NO_PHYS);
	KUNIT_EXPECT_NULL(test, xen_virt_to_page(p));
	KUNIT_EXPECT_EQ(test, xen_virt_to_dma(dev, p), DMA_MAPPING_ERROR);
}

/*
 * The composition: a device whose region moves the page behind each
 * address to 0xc0000000, as the Raspberry Pi 4 does.
 */
static void virt_to_dma_offset(struct kunit *test)
{
	u8 *buf = vmalloc(3 * PAGE_SIZE);
	size_t i;

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, buf);
	for (i = 0; i < ARRAY_SIZE(odd_offsets); i++) {
		u8 *p = buf + odd_offsets[i];
		phys_addr_t baddr = xlate_test_expected_bus(page_to_phys(vmalloc_to_page(p)) +
							    offset_in_page(p));
		struct bus_dma_region *map = kunit_kcalloc(test, 2, sizeof(*map),
							   GFP_KERNEL);
		struct device *dev;

		KUNIT_ASSERT_NOT_NULL(test, map);
		map->cpu_start = ALIGN_DOWN(baddr, SZ_2M);
		map->dma_start = 0xc0000000;
		map->size = SZ_4M;
		dev = xlate_test_device(test, map, DMA_BIT_MASK(64), 0);

		KUNIT_EXPECT_EQ(test, xen_virt_to_dma(dev, p),
				baddr - map->cpu_start + 0xc0000000);
		map->cpu_start += SZ_4M;
		KUNIT_EXPECT_EQ(test, xen_virt_to_dma(dev, p), DMA_MAPPING_ERROR);
	}
	vfree(buf);
}

static struct kunit_case virt_test_cases[] = {
	KUNIT_CASE(linear_kmalloc),
	KUNIT_CASE(kernel_image),
	KUNIT_CASE(static_data),
	KUNIT_CASE(image_window_unmapped),
	KUNIT_CASE(vmalloc_buffer),
	KUNIT_CASE(vmap_reversed),
	KUNIT_CASE(stack_buffer),
	KUNIT_CASE(guard_page),
	KUNIT_CASE(freed_vmalloc),
	KUNIT_CASE(vmemmap_pointer),
	KUNIT_CASE_PARAM(bad_pointer, bad_pointer_gen_params),
	KUNIT_CASE(virt_to_dma_offset),
	{ }
};

static struct kunit_suite virt_test_suite = {
	.name = "xen-dma-xlate-virt",
	.test_cases = virt_test_cases,
};

kunit_test_suite(virt_test_suite);
