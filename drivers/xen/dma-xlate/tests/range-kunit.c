// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for xen_phys_range_contiguous() and xen_dma_capable().
 *
 * Every case runs with the fake p2m of test-env.h: frames 0x100-0x101 are
 * contiguous on the bus, 0x102 breaks the run, 0x103 is foreign (bus frame
 * 0x3ff00), 0x104 is missing and 0x50000 sits at bus frame 0x104.
 */
#include <kunit/test.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/sizes.h>
#include <xen/dma-xlate.h>

#include "test-env.h"

struct contiguous_case {
	const char *name;
	phys_addr_t paddr;
	size_t size;
	bool contiguous;
};

static const struct contiguous_case contiguous_cases[] = {
	{ "size 0", 0x101000, 0, true },
	{ "size 0 at the top", NO_PHYS, 0, true },
	{ "one byte", 0x100000, 1, true },
	{ "one frame", 0x100000, SZ_4K, true },
	{ "two moved frames in a run", 0x100000, SZ_8K, true },
	{ "unaligned across a run", 0x100800, SZ_4K, true },
	{ "run then break", 0x101000, SZ_8K, false },
	{ "break at the last frame", 0x100000, SZ_8K + 1, false },
	{ "identity then moved", 0xff000, SZ_8K, false },
	{ "last byte of identity frame", 0xfffff, 2, false },
	{ "missing frame", 0x104000, 1, false },
	{ "moved then missing", 0x103000, SZ_8K, false },
	{ "identity megabyte", 0x200000, SZ_1M, true },
	{ "64 KiB page over moved frames", 0x100000, SZ_64K, false },
	{ "wraps past the top", 0xfffffffffffff000ULL, SZ_8K, false },
	{ "ends at the top", 0xfffffffffffff000ULL, SZ_4K, true },
};

static void contiguous_case_desc(const struct contiguous_case *c, char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(contiguous, contiguous_cases, contiguous_case_desc);

static void range_contiguous(struct kunit *test)
{
	const struct contiguous_case *c = test->param_value;

	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	KUNIT_EXPECT_EQ(test, xen_phys_range_contiguous(c->paddr, c->size),
			c->contiguous);
}

/* Two regions that touch on the CPU side but not on the DMA side. */
static const struct bus_dma_region split_map[] = {
	{ .cpu_start = 0x0, .dma_start = 0x0, .size = SZ_1M },
	{ .cpu_start = SZ_1M, .dma_start = 0x40000000, .size = SZ_1M },
	{ }
};

struct capable_case {
	const char *name;
	const struct bus_dma_region *map;
	u64 mask;
	u64 bus_dma_limit;
	phys_addr_t paddr;
	size_t size;
	bool capable;
};

#define M32 DMA_BIT_MASK(32)
#define M64 DMA_BIT_MASK(64)

static const struct capable_case capable_cases[] = {
	{ "rpi4 first frame", xlate_test_rpi4_map, M32, M32, 0x0, SZ_4K, true },
	{ "rpi4 last frame", xlate_test_rpi4_map, M32, M32, 0x3ffff000, SZ_4K, true },
	{ "rpi4 runs out of region", xlate_test_rpi4_map, M32, M32, 0x3ffff000, SZ_8K, false },
	{ "rpi4 outside region", xlate_test_rpi4_map, M32, M32, 0x40000000, SZ_4K, false },
	/* A 64-bit mask leaves the region's end as the only limit. */
	{ "rpi4 ends at region end", xlate_test_rpi4_map, M64, 0, 0x3ffff000, SZ_4K, true },
	{ "rpi4 one byte past region", xlate_test_rpi4_map, M64, 0, 0x3ffff000, SZ_4K + 1, false },
	{ "rpi4 mask below region", xlate_test_rpi4_map, DMA_BIT_MASK(31), 0, 0x0, SZ_4K, false },
	{ "rpi4 foreign frame", xlate_test_rpi4_map, M32, M32, 0x103000, SZ_4K, true },
	{ "emmc2 30 bits last byte", NULL, DMA_BIT_MASK(30), 0, 0x3ffff000, SZ_4K, true },
	{ "emmc2 30 bits one byte over", NULL, DMA_BIT_MASK(30), 0, 0x3ffff000, SZ_4K + 1, false },
	{ "emmc2 30 bits above", NULL, DMA_BIT_MASK(30), 0, 0x40000000, 1, false },
	{ "bus limit below mask, inside", NULL, M64, 0x0fffffff, 0x0ffff000, SZ_4K, true },
	{ "bus limit below mask, across", NULL, M64, 0x0fffffff, 0x0ffff000, SZ_8K, false },
	{ "mask below bus limit", NULL, DMA_BIT_MASK(28), M32, 0x0ffff000, SZ_8K, false },
	{ "no bus limit, mask decides", NULL, M32, 0, 0xfffff000, SZ_4K, true },
	{ "no bus limit, past mask", NULL, M32, 0, 0xfffff000, SZ_8K, false },
	{ "not contiguous", NULL, M64, 0, 0x101000, SZ_8K, false },
	{ "p2m moves above mask", NULL, DMA_BIT_MASK(29), 0, 0x100000, SZ_4K, false },
	{ "p2m moves under 28 bits", NULL, DMA_BIT_MASK(28), 0, 0x50000000, SZ_4K, true },
	{ "foreign frame above mask", NULL, DMA_BIT_MASK(29), 0, 0x103000, SZ_4K, false },
	{ "foreign frame under mask", NULL, M32, 0, 0x103000, SZ_4K, true },
	{ "missing frame", NULL, M64, 0, 0x104000, SZ_4K, false },
	{ "holes into the hole", xlate_test_holes_map, M64, 0, 0x0ffff000, SZ_8K, false },
	{ "holes inside second region", xlate_test_holes_map, M32, 0, 0x4fffe000, SZ_8K, true },
	{ "across two regions", split_map, M64, 0, 0xff000, SZ_8K, false },
	{ "size 0", NULL, M64, 0, 0x1000, 0, false },
	{ "size wraps", NULL, M64, 0, 0x1000, SIZE_MAX, false },
	{ "all ones", NULL, M64, 0, NO_PHYS, 1, false },
};

static void capable_case_desc(const struct capable_case *c, char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(capable, capable_cases, capable_case_desc);

static void range_dma_capable(struct kunit *test)
{
	const struct capable_case *c = test->param_value;
	struct device *dev = xlate_test_device(test, c->map, c->mask,
					       c->bus_dma_limit);

	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	KUNIT_EXPECT_EQ(test, xen_dma_capable(dev, c->paddr, c->size), c->capable);
}

static void dma_capable_bad_device(struct kunit *test)
{
	struct device *no_mask = xlate_test_device(test, NULL, 0, 0);

	KUNIT_EXPECT_FALSE(test, xen_dma_capable(no_mask, 0x1000, SZ_4K));
	kunit_info(test, "a WARNING about a NULL device is expected below");
	KUNIT_EXPECT_FALSE(test, xen_dma_capable(NULL, 0x1000, SZ_4K));
}

static struct kunit_case range_test_cases[] = {
	KUNIT_CASE_PARAM(range_contiguous, contiguous_gen_params),
	KUNIT_CASE_PARAM(range_dma_capable, capable_gen_params),
	KUNIT_CASE(dma_capable_bad_device),
	{ }
};

static struct kunit_suite range_test_suite = {
	.name = "xen-dma-xlate-range",
	.test_cases = range_test_cases,
};

kunit_test_suite(range_test_suite);
