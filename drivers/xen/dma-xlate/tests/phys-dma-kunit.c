// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for xen_phys_to_dma(), xen_dma_to_phys() and xen_dma_to_bus().
 *
 * Every case runs with the fake p2m of test-env.h, so the expected values
 * hold under Xen as well as on bare metal.
 */
#include <kunit/test.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/mm.h>
#include <linux/sizes.h>
#include <xen/dma-xlate.h>
#include <xen/page.h>
#include <xen/xen.h>

#include "phys-dma-cases.h"
#include "test-env.h"

static void phys_dma_case_desc(const struct phys_dma_case *c, char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(phys_dma, phys_dma_cases, phys_dma_case_desc);

static void phys_to_dma_and_back(struct kunit *test)
{
	const struct phys_dma_case *c = test->param_value;
	struct device *dev = xlate_test_device(test, c->map, DMA_BIT_MASK(64), 0);
	dma_addr_t dma;

	xlate_test_skip_unless_framed(test, c->paddr, 0, c->dma != DMA_MAPPING_ERROR);
	xlate_test_skip_unless_framed(test, c->back, 0, c->back != NO_PHYS);
	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	dma = xen_phys_to_dma(dev, c->paddr);
	KUNIT_EXPECT_EQ(test, dma, c->dma);
	if (c->dma != DMA_MAPPING_ERROR)
		KUNIT_EXPECT_EQ(test, (u64)xen_dma_to_phys(dev, dma), c->back);
}

static void dma_phys_case_desc(const struct dma_phys_case *c, char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(dma_phys, dma_phys_cases, dma_phys_case_desc);

static void dma_to_phys_only(struct kunit *test)
{
	const struct dma_phys_case *c = test->param_value;
	struct device *dev = xlate_test_device(test, c->map, DMA_BIT_MASK(64), 0);

	xlate_test_skip_unless_framed(test, c->paddr, 0, c->paddr != NO_PHYS);
	xlate_test_skip_unless_framed(test, c->bus, 0, c->bus != NO_PHYS);
	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	KUNIT_EXPECT_EQ(test, (u64)xen_dma_to_phys(dev, c->dma), c->paddr);
	KUNIT_EXPECT_EQ(test, (u64)xen_dma_to_bus(dev, c->dma), c->bus);
}

/*
 * Arm's bfn_to_pfn() is the identity: the library must notice that the
 * bus frame of a pfn that now maps a granted page is no longer that pfn's.
 */
static void arm_foreign_frame(struct kunit *test)
{
	struct device *dev = xlate_test_device(test, xlate_test_rpi4_map, DMA_BIT_MASK(64), 0);

	xlate_test_use_p2m(test, &xlate_test_arm_p2m);
	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(dev, 0x103010), 0xfff00010);
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, 0xc0103010), NO_PHYS);
	/* Xen still flushes the granted frame by its bus address. */
	KUNIT_EXPECT_EQ(test, xen_dma_to_bus(dev, 0xfff00010), 0x3ff00010);
}

/* A page of this kernel's that the fake p2m leaves at its own bus frame. */
static struct page *arm_own_page(struct kunit *test)
{
	const struct xen_dma_xlate_p2m *ops = &xlate_test_arm_p2m.ops;
	struct page *page = alloc_page(GFP_KERNEL);
	unsigned long xen_pfn;

	KUNIT_ASSERT_NOT_NULL(test, page);
	xen_pfn = XEN_PFN_DOWN(page_to_phys(page));
	/* 6.12 renamed KUNIT_ASSERT_FAILURE(): an assertion both kernels have. */
	if (ops->bus_frame(ops, xen_pfn) != xen_pfn)
		__free_page(page);
	KUNIT_ASSERT_EQ_MSG(test, ops->bus_frame(ops, xen_pfn), xen_pfn,
			    "page at Xen pfn %#lx is in the fake p2m's table", xen_pfn);
	return page;
}

/*
 * Under an Arm p2m every bus frame that no foreign mapping uses maps back
 * to itself, another domain's too: only a page of ours may pass.  Nothing
 * of this kernel's lives 64 GiB and more up, so the first frame there that
 * the memory map lacks stands for another domain's.
 */
static void arm_frame_of_another_domain(struct kunit *test)
{
	struct device *dev = xlate_test_device(test, NULL, DMA_BIT_MASK(64), 0);
	struct page *page = arm_own_page(test);
	phys_addr_t own = page_to_phys(page) + 0x10;
	phys_addr_t other = (phys_addr_t)SZ_1G << 6;

	while (other < (phys_addr_t)SZ_1G << 12 && pfn_valid(PHYS_PFN(other)))
		other += SZ_1G;
	xlate_test_use_p2m(test, &xlate_test_arm_p2m);
	KUNIT_EXPECT_FALSE(test, pfn_valid(PHYS_PFN(other)));
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, other + 0x10), NO_PHYS);
	KUNIT_EXPECT_EQ(test, xen_dma_to_bus(dev, other + 0x10), other + 0x10);
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, own), own);
	__free_page(page);
}

/*
 * A page the balloon gave back to Xen is still in the memory map, but its
 * frame may be another domain's by now: it is marked offline, as the
 * balloon driver marks it, and must not pass for ours.
 */
static void arm_ballooned_frame(struct kunit *test)
{
	struct device *dev = xlate_test_device(test, NULL, DMA_BIT_MASK(64), 0);
	struct page *page = arm_own_page(test);
	phys_addr_t paddr = page_to_phys(page) + 0x20;
	phys_addr_t ballooned, back;

	xlate_test_use_p2m(test, &xlate_test_arm_p2m);
	__SetPageOffline(page);
	ballooned = xen_dma_to_phys(dev, paddr);
	__ClearPageOffline(page);
	back = xen_dma_to_phys(dev, paddr);
	__free_page(page);
	KUNIT_EXPECT_EQ(test, ballooned, NO_PHYS);
	KUNIT_EXPECT_EQ(test, back, paddr);
}

/* Without a fake p2m the kernel's own p2m is the oracle. */
static void real_p2m(struct kunit *test)
{
	struct device *dev = xlate_test_device(test, NULL, DMA_BIT_MASK(64), 0);
	phys_addr_t paddr = virt_to_phys(dev) + 3;
	dma_addr_t dma = xen_phys_to_dma(dev, paddr);

	KUNIT_EXPECT_EQ(test, dma, xlate_test_expected_bus(paddr));
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, dma), paddr);
	kunit_info(test, "%s p2m: phys %pa -> dma %pad\n",
		   xen_domain() ? "Xen" : "no", &paddr, &dma);
}

static void null_device(struct kunit *test)
{
	kunit_info(test, "a WARNING about a NULL device is expected below");
	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(NULL, 0x1000), DMA_MAPPING_ERROR);
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(NULL, 0x1000), NO_PHYS);
	KUNIT_EXPECT_EQ(test, xen_dma_to_bus(NULL, 0x1000), NO_PHYS);
}

static struct kunit_case phys_dma_test_cases[] = {
	KUNIT_CASE_PARAM(phys_to_dma_and_back, phys_dma_gen_params),
	KUNIT_CASE_PARAM(dma_to_phys_only, dma_phys_gen_params),
	KUNIT_CASE(arm_foreign_frame),
	KUNIT_CASE(arm_frame_of_another_domain),
	KUNIT_CASE(arm_ballooned_frame),
	KUNIT_CASE(real_p2m),
	KUNIT_CASE(null_device),
	{ }
};

static struct kunit_suite phys_dma_test_suite = {
	.name = "xen-dma-xlate-phys-dma",
	.test_cases = phys_dma_test_cases,
};

kunit_test_suite(phys_dma_test_suite);
