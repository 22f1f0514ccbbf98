// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for xen_phys_to_dma() and xen_dma_to_phys().
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

#include "test-env.h"

struct phys_dma_case {
	const char *name;
	const struct bus_dma_region *map;
	phys_addr_t paddr;
	dma_addr_t dma;		/* xen_phys_to_dma(paddr) */
	phys_addr_t back;	/* xen_dma_to_phys(dma), if dma is valid */
};

static const struct phys_dma_case phys_dma_cases[] = {
	{ "rpi4 first byte", xlate_test_rpi4_map, 0x0, 0xc0000000, 0x0 },
	{ "rpi4 odd offset", xlate_test_rpi4_map, 0x12345, 0xc0012345, 0x12345 },
	{ "rpi4 last byte", xlate_test_rpi4_map, 0x3fffffff, 0xffffffff, 0x3fffffff },
	{ "rpi4 first byte past", xlate_test_rpi4_map, 0x40000000, DMA_MAPPING_ERROR },
	{ "rpi4 far past", xlate_test_rpi4_map, 0x100000000ULL, DMA_MAPPING_ERROR },
	{ "rpi4 p2m moved frame", xlate_test_rpi4_map, 0x100abc, 0xe0100abc, 0x100abc },
	{ "rpi4 p2m moved last byte", xlate_test_rpi4_map, 0x101fff, 0xe0101fff, 0x101fff },
	{ "rpi4 p2m high to low", xlate_test_rpi4_map, 0x50000123, 0xc0104123, 0x50000123 },
	{ "rpi4 foreign frame", xlate_test_rpi4_map, 0x103010, 0xfff00010, NO_PHYS },
	{ "rpi4 missing frame", xlate_test_rpi4_map, 0x104000, DMA_MAPPING_ERROR },
	{ "rpi4 all ones", xlate_test_rpi4_map, NO_PHYS, DMA_MAPPING_ERROR },
	{ "holes first region end", xlate_test_holes_map, 0x0fffffff, 0x8fffffff, 0x0fffffff },
	{ "holes in the hole", xlate_test_holes_map, 0x10000000, DMA_MAPPING_ERROR },
	{ "holes hole end", xlate_test_holes_map, 0x3fffffff, DMA_MAPPING_ERROR },
	{ "holes second region start", xlate_test_holes_map, 0x40000000, 0x20000000, 0x40000000 },
	{ "holes second region end", xlate_test_holes_map, 0x4fffffff, 0x2fffffff, 0x4fffffff },
	{ "holes past second region", xlate_test_holes_map, 0x50001000, DMA_MAPPING_ERROR },
	{ "holes p2m moved into region", xlate_test_holes_map, 0x50000abc, 0x80104abc, 0x50000abc },
	{ "no map identity", NULL, 0x12345678, 0x12345678, 0x12345678 },
	{ "no map above 4 GiB", NULL, 0x800001234ULL, 0x800001234ULL, 0x800001234ULL },
	{ "no map p2m moved", NULL, 0x101fff, 0x20101fff, 0x101fff },
	{ "no map foreign frame", NULL, 0x103fff, 0x3ff00fff, NO_PHYS },
	{ "no map missing frame", NULL, 0x104000, DMA_MAPPING_ERROR },
	{ "no map all ones", NULL, NO_PHYS, DMA_MAPPING_ERROR },
};

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

struct dma_phys_case {
	const char *name;
	const struct bus_dma_region *map;
	dma_addr_t dma;
	phys_addr_t paddr;	/* xen_dma_to_phys(dma) */
};

/* DMA addresses that no xen_phys_to_dma() of a valid address gives. */
static const struct dma_phys_case dma_phys_cases[] = {
	{ "mapping error", xlate_test_rpi4_map, DMA_MAPPING_ERROR, NO_PHYS },
	{ "mapping error, no map", NULL, DMA_MAPPING_ERROR, NO_PHYS },
	{ "rpi4 below region", xlate_test_rpi4_map, 0xbfffffff, NO_PHYS },
	{ "rpi4 first byte", xlate_test_rpi4_map, 0xc0000000, 0x0 },
	{ "rpi4 above 4 GiB", xlate_test_rpi4_map, 0x100000000ULL, NO_PHYS },
	{ "rpi4 bus frame without pfn", xlate_test_rpi4_map, 0xc0100000, NO_PHYS },
	{ "rpi4 bus frame of moved pfn", xlate_test_rpi4_map, 0xc0104008, 0x50000008 },
	{ "holes dma gap", xlate_test_holes_map, 0x90000000, NO_PHYS },
	{ "holes below second region", xlate_test_holes_map, 0x1fffffff, NO_PHYS },
	{ "holes second region", xlate_test_holes_map, 0x2000beef, 0x4000beef },
	{ "no map foreign bus frame", NULL, 0x3ff00000, NO_PHYS },
	{ "no map bus frame without pfn", NULL, 0x102000, NO_PHYS },
	{ "no map bus frame of moved pfn", NULL, 0x20100001, 0x100001 },
};

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
