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
#include <linux/sizes.h>
#include <xen/dma-xlate.h>
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

	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	dma = xen_phys_to_dma(dev, c->paddr);
	KUNIT_EXPECT_EQ(test, dma, c->dma);
	if (c->dma != DMA_MAPPING_ERROR)
		KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, dma), c->back);
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

	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, c->dma), c->paddr);
	KUNIT_EXPECT_EQ(test, xen_dma_to_bus(dev, c->dma), c->bus);
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
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, 0xc0200010), 0x200010);
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
	KUNIT_CASE(real_p2m),
	KUNIT_CASE(null_device),
	{ }
};

static struct kunit_suite phys_dma_test_suite = {
	.name = "xen-dma-xlate-phys-dma",
	.test_cases = phys_dma_test_cases,
};

kunit_test_suite(phys_dma_test_suite);
