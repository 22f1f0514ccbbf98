// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for addresses wider than the types that carry them.  On
 * 32-bit Arm a frame number (unsigned long) has 32 bits, dma_addr_t 64
 * (XEN selects ARCH_DMA_ADDR_T_64BIT) and phys_addr_t 64 with LPAE or 32
 * without.  Every case runs on 64-bit kernels too, where the same inputs
 * must give the plain answers; the expected values are written out per
 * configuration, not computed the way the library computes them.
 */
#include <kunit/test.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/sizes.h>
#include <xen/dma-xlate.h>
#include <xen/page.h>

#include "../debugfs.h"
#include "test-env.h"

/*
 * The largest bus frame a translation can give: its address fits in a
 * phys_addr_t, and it is not ~0UL, which the p2m answers for "no frame".
 */
#if !defined(CONFIG_PHYS_ADDR_T_64BIT)
#define WIDE_LARGEST_BFN	0xfffffUL		/* 32-bit phys_addr_t */
#elif BITS_PER_LONG == 32
#define WIDE_LARGEST_BFN	0xfffffffeUL		/* LPAE */
#else
#define WIDE_LARGEST_BFN	0xfffffffffffffUL	/* 64-bit */
#endif

/* pfns 0x105-0x108 move; everything else is the identity. */
static const struct xlate_test_frame wide_frames[] = {
	{ .pfn = 0x105, .bfn = WIDE_LARGEST_BFN },
	{ .pfn = 0x106, .bfn = 0x100000 },	/* 4 GiB: past a 32-bit phys_addr_t */
	{ .pfn = 0x107, .bfn = 0xfffffff },	/* the top of LPAE's 40 bits */
	{ .pfn = 0x108, .bfn = XLATE_TEST_NO_FRAME },
};

static const struct xlate_test_p2m wide_p2m = {
	.ops = {
		.bus_frame = xlate_test_bus_frame,
		.local_frame = xlate_test_local_frame,
	},
	.frames = wide_frames,
	.nr_frames = ARRAY_SIZE(wide_frames),
};

/* RAM seen by the device 4 GiB up: the DMA side needs all of dma_addr_t. */
static const struct bus_dma_region wide_high_map[] = {
	{ .cpu_start = 0x0, .dma_start = 0x100000000ULL, .size = SZ_1G },
	{ }
};

static struct device *wide_setup(struct kunit *test, const struct bus_dma_region *map)
{
	struct device *dev = xlate_test_device(test, map, DMA_BIT_MASK(64), 0);

	xlate_test_use_p2m(test, &wide_p2m);
	return dev;
}

static void largest_frame(struct kunit *test)
{
	struct device *dev = wide_setup(test, NULL);
	u64 bus = (u64)WIDE_LARGEST_BFN << XEN_PAGE_SHIFT | 0x10;

	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(dev, 0x105010), (dma_addr_t)bus);
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, bus), (phys_addr_t)0x105010);
	KUNIT_EXPECT_TRUE(test, xen_phys_range_contiguous(0x105000, XEN_PAGE_SIZE));
}

/* The p2m's "no frame" is no frame, whatever the width of a frame number. */
static void no_frame_is_not_a_frame(struct kunit *test)
{
	struct device *dev = wide_setup(test, NULL);

	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(dev, 0x108010), DMA_MAPPING_ERROR);
	KUNIT_EXPECT_FALSE(test, xen_phys_range_contiguous(0x108000, XEN_PAGE_SIZE));
	KUNIT_EXPECT_FALSE(test, xen_dma_capable(dev, 0x108000, 16));
	/* Bus frame 0x108 lost its pfn: the reverse lookup says "no frame". */
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, 0x108010), NO_PHYS);
}

static void bus_frames_above_4g(struct kunit *test)
{
	struct device *dev = wide_setup(test, NULL);

	if (IS_ENABLED(CONFIG_PHYS_ADDR_T_64BIT)) {
		KUNIT_EXPECT_EQ(test, xen_phys_to_dma(dev, 0x106010), 0x100000010ULL);
		KUNIT_EXPECT_EQ(test, xen_phys_to_dma(dev, 0x107010), 0xfffffff010ULL);
		KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, 0x100000010ULL), (phys_addr_t)0x106010);
		KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, 0xfffffff010ULL), (phys_addr_t)0x107010);
	} else {
		/* A bus address that no phys_addr_t holds: refused, not cut. */
		KUNIT_EXPECT_EQ(test, xen_phys_to_dma(dev, 0x106010), DMA_MAPPING_ERROR);
		KUNIT_EXPECT_EQ(test, xen_phys_to_dma(dev, 0x107010), DMA_MAPPING_ERROR);
		KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, 0x100000010ULL), NO_PHYS);
		KUNIT_EXPECT_EQ(test, xen_dma_to_bus(dev, 0x100000010ULL), NO_PHYS);
	}
}

static void dma_region_above_4g(struct kunit *test)
{
	struct device *dev = wide_setup(test, wide_high_map);
	struct device *dev32 = xlate_test_device(test, wide_high_map, DMA_BIT_MASK(32), 0);

	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(dev, 0x1000), 0x100001000ULL);
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, 0x100001000ULL), (phys_addr_t)0x1000);
	KUNIT_EXPECT_EQ(test, xen_dma_to_bus(dev, 0x100001000ULL), (phys_addr_t)0x1000);
	/* 0x1000 on the DMA side is below the region, whatever a cut leaves. */
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, 0x1000), NO_PHYS);
	KUNIT_EXPECT_TRUE(test, xen_dma_capable(dev, 0x1000, SZ_4K));
	KUNIT_EXPECT_FALSE(test, xen_dma_capable(dev32, 0x1000, SZ_4K));
}

/*
 * LPAE: a physical address whose frame number needs more than 32 bits.
 * Cut to an unsigned long, pfn 2^32 + 1 would be pfn 1.
 */
static void frame_number_past_unsigned_long(struct kunit *test)
{
	struct device *dev = wide_setup(test, NULL);
	u64 addr = 0x100000001010ULL;

	if (!IS_ENABLED(CONFIG_PHYS_ADDR_T_64BIT)) {
		KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, addr), NO_PHYS);
		return;
	}
	if (BITS_PER_LONG == 32) {
		KUNIT_EXPECT_EQ(test, xen_phys_to_dma(dev, (phys_addr_t)addr), DMA_MAPPING_ERROR);
		KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, addr), NO_PHYS);
		KUNIT_EXPECT_FALSE(test, xen_phys_range_contiguous((phys_addr_t)addr, 16));
		KUNIT_EXPECT_FALSE(test, xen_dma_capable(dev, (phys_addr_t)addr, 16));
	} else {
		KUNIT_EXPECT_EQ(test, xen_phys_to_dma(dev, (phys_addr_t)addr), (dma_addr_t)addr);
		KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, addr), (phys_addr_t)addr);
		KUNIT_EXPECT_TRUE(test, xen_phys_range_contiguous((phys_addr_t)addr, 16));
		KUNIT_EXPECT_TRUE(test, xen_dma_capable(dev, (phys_addr_t)addr, 16));
	}
}

/* The debugfs translate file answers as the API does. */
static void explain_dma_region_above_4g(struct kunit *test)
{
#if IS_ENABLED(CONFIG_DEBUG_FS)
	struct device *dev = wide_setup(test, wide_high_map);
	struct xen_dma_xlate_answer a;

	xen_dma_xlate_explain(dev, XEN_DMA_XLATE_PHYS, 0x1000, &a);
	KUNIT_EXPECT_NULL(test, a.why[XEN_DMA_XLATE_DMA]);
	KUNIT_EXPECT_EQ(test, a.addr[XEN_DMA_XLATE_DMA], 0x100001000ULL);
	xen_dma_xlate_explain(dev, XEN_DMA_XLATE_DMA, 0x100001000ULL, &a);
	KUNIT_EXPECT_NULL(test, a.why[XEN_DMA_XLATE_BUS]);
	KUNIT_EXPECT_EQ(test, a.addr[XEN_DMA_XLATE_BUS], 0x1000ULL);
	KUNIT_EXPECT_NULL(test, a.why[XEN_DMA_XLATE_PHYS]);
	KUNIT_EXPECT_EQ(test, a.addr[XEN_DMA_XLATE_PHYS], 0x1000ULL);
#else
	kunit_skip(test, "no debugfs");
#endif
}

static struct kunit_case wide_test_cases[] = {
	KUNIT_CASE(largest_frame),
	KUNIT_CASE(no_frame_is_not_a_frame),
	KUNIT_CASE(bus_frames_above_4g),
	KUNIT_CASE(dma_region_above_4g),
	KUNIT_CASE(frame_number_past_unsigned_long),
	KUNIT_CASE(explain_dma_region_above_4g),
	{}
};

static struct kunit_suite wide_test_suite = {
	.name = "xen-dma-xlate-wide",
	.test_cases = wide_test_cases,
};

kunit_test_suite(wide_test_suite);
