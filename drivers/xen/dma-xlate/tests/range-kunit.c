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

#include "range-cases.h"
#include "test-env.h"

static void contiguous_case_desc(const struct contiguous_case *c, char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(contiguous, contiguous_cases, contiguous_case_desc);

static void range_contiguous(struct kunit *test)
{
	const struct contiguous_case *c = test->param_value;

	xlate_test_skip_unless_framed(test, c->paddr, c->size, c->contiguous);
	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	KUNIT_EXPECT_EQ(test, xen_phys_range_contiguous(c->paddr, c->size),
			c->contiguous);
}

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

	xlate_test_skip_unless_framed(test, c->paddr, c->size, c->capable);
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

/*
 * Bus frames that run on past the last one a phys_addr_t can address:
 * contiguous frame numbers, but no address for the frame after the top.
 * The highest bus frame is written by hand, not taken from the library.
 */
#define TOP_BFN		((unsigned long)(~(u64)0 >> 12))

static unsigned long top_bus_frame(const struct xen_dma_xlate_p2m *ops, unsigned long pfn)
{
	return pfn >= 0x100 && pfn < 0x104 ? TOP_BFN - 1 + (pfn - 0x100) : pfn;
}

static unsigned long top_local_frame(const struct xen_dma_xlate_p2m *ops, unsigned long bfn)
{
	return bfn >= TOP_BFN - 1 && bfn < TOP_BFN + 3 ? bfn - (TOP_BFN - 1) + 0x100 : bfn;
}

static const struct xen_dma_xlate_p2m top_p2m = {
	.bus_frame = top_bus_frame,
	.local_frame = top_local_frame,
};

static void range_runs_past_top_bus_frame(struct kunit *test)
{
	struct device *dev = xlate_test_device(test, NULL, DMA_BIT_MASK(64), 0);

	/* 32-bit frame numbers: xen-dma-xlate-wide has their top frame. */
	if (sizeof(phys_addr_t) != sizeof(u64) || BITS_PER_LONG != 64)
		kunit_skip(test, "written for 64-bit frame numbers");
	KUNIT_ASSERT_EQ(test, xen_dma_xlate_test_use_p2m(test, &top_p2m), 0);
	/* pfn 0x100 and 0x101: the last two bus frames there are. */
	KUNIT_EXPECT_TRUE(test, xen_phys_range_contiguous(0x100000, SZ_8K));
	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(dev, 0x100123),
			(dma_addr_t)(TOP_BFN - 1) << 12 | 0x123);
	/* pfn 0x102 follows them with a frame number beyond the top. */
	KUNIT_EXPECT_FALSE(test, xen_phys_range_contiguous(0x100000, SZ_8K + SZ_4K));
	KUNIT_EXPECT_FALSE(test, xen_phys_range_contiguous(0x101fff, 2));
	KUNIT_EXPECT_FALSE(test, xen_dma_capable(dev, 0x101000, SZ_8K));
	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(dev, 0x102000), DMA_MAPPING_ERROR);
}

static struct kunit_case range_test_cases[] = {
	KUNIT_CASE_PARAM(range_contiguous, contiguous_gen_params),
	KUNIT_CASE_PARAM(range_dma_capable, capable_gen_params),
	KUNIT_CASE(dma_capable_bad_device),
	KUNIT_CASE(range_runs_past_top_bus_frame),
	{ }
};

static struct kunit_suite range_test_suite = {
	.name = "xen-dma-xlate-range",
	.test_cases = range_test_cases,
};

kunit_test_suite(range_test_suite);
