// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the devices file of debugfs: its counts must be what
 * xen_dma_capable() decides page by page, and its cost what the file
 * promises: one p2m lookup per Xen page of RAM per open, whatever the
 * number of devices, none when the p2m is the identity, and none again
 * when seq_file calls the show function back for a larger buffer.
 */
#include <kunit/test.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/dma-mapping.h>
#include <linux/fs.h>
#include <linux/ioport.h>
#include <linux/mm.h>
#include <linux/platform_device.h>
#include <linux/seq_file.h>
#include <linux/sizes.h>
#include <xen/dma-xlate.h>
#include <xen/page.h>

#include "../debugfs.h"
#include "test-env.h"

/*
 * 8 GiB of RAM from 4 GiB up, behind a fake p2m that counts its lookups:
 * the first 4 GiB sit at bus [1 GiB, 5 GiB), the second at bus
 * [12 GiB, 16 GiB) but for one pfn that has no bus frame.
 */
#define RAM_START	((phys_addr_t)SZ_4G)
#define RAM_END		((phys_addr_t)SZ_4G * 3)
#define RAM_PAGES	0x200000UL
#define FIRST_HALF	0x100000UL	/* pfn 0x100000 to 0x1fffff */
#define HOLE_PFN	0x280000UL

struct counting_p2m {
	struct xen_dma_xlate_p2m ops;
	unsigned long lookups;
};

static unsigned long counting_bus_frame(const struct xen_dma_xlate_p2m *ops, unsigned long pfn)
{
	struct counting_p2m *p2m = container_of(ops, struct counting_p2m, ops);

	p2m->lookups++;
	if (ops->is_identity)
		return pfn;
	if (pfn == HOLE_PFN)
		return XLATE_TEST_NO_FRAME;
	if (pfn >= 0x100000 && pfn < 0x200000)
		return pfn - 0x100000 + 0x40000;
	if (pfn >= 0x200000 && pfn < 0x300000)
		return pfn + 0x100000;
	return pfn;
}

static unsigned long counting_local_frame(const struct xen_dma_xlate_p2m *ops, unsigned long bfn)
{
	return XLATE_TEST_NO_FRAME;	/* not asked by the devices file */
}

static struct counting_p2m *counting_p2m(struct kunit *test, bool identity)
{
	struct counting_p2m *p2m = kunit_kzalloc(test, sizeof(*p2m), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, p2m);
	p2m->ops.bus_frame = counting_bus_frame;
	p2m->ops.local_frame = counting_local_frame;
	p2m->ops.is_identity = identity;
	KUNIT_ASSERT_EQ(test, xen_dma_xlate_test_use_p2m(test, &p2m->ops), 0);
	return p2m;
}

/* CPU [1 GiB, 6 GiB) seen at DMA 0: the first half of the fake RAM's bus. */
static const struct bus_dma_region low_bus_map[] = {
	{ .cpu_start = SZ_1G, .dma_start = 0x0, .size = SZ_4G + SZ_1G },
	{ }
};

static void reach_init(struct kunit *test, struct xen_dma_xlate_reach *reach,
		       const struct bus_dma_region *map, u64 mask)
{
	reach->dev = xlate_test_device(test, map, mask, 0);
	reach->limit = mask;
}

/* Two devices, one walk: 8 GiB cost one lookup per Xen page, not two. */
static void reach_walks_p2m_once(struct kunit *test)
{
	struct xen_dma_xlate_reach reach[2] = { };
	struct counting_p2m *p2m;

	if (!IS_ENABLED(CONFIG_PHYS_ADDR_T_64BIT))
		kunit_skip(test, "8 GiB from 4 GiB up needs a 64-bit phys_addr_t");

	reach_init(test, &reach[0], NULL, DMA_BIT_MASK(32));
	reach_init(test, &reach[1], low_bus_map, DMA_BIT_MASK(36));
	p2m = counting_p2m(test, false);
	xen_dma_xlate_reach_ram(reach, ARRAY_SIZE(reach), RAM_START, RAM_END);

	KUNIT_EXPECT_EQ(test, p2m->lookups, RAM_PAGES);
	/* No map, 32 bits: bus [1 GiB, 4 GiB) of the first half. */
	KUNIT_EXPECT_EQ(test, reach[0].pages, RAM_PAGES - 1);
	KUNIT_EXPECT_EQ(test, reach[0].reached, 0xc0000UL);
	KUNIT_EXPECT_EQ(test, reach[0].outside, 0UL);
	/* The map covers the first half; the second half is outside it. */
	KUNIT_EXPECT_EQ(test, reach[1].pages, RAM_PAGES - 1);
	KUNIT_EXPECT_EQ(test, reach[1].reached, FIRST_HALF);
	KUNIT_EXPECT_EQ(test, reach[1].outside, FIRST_HALF - 1);
}

/* An identity p2m is not looked up at all, and all of RAM is one run. */
static void reach_identity_needs_no_lookup(struct kunit *test)
{
	struct xen_dma_xlate_reach reach = { };
	struct counting_p2m *p2m;

	if (!IS_ENABLED(CONFIG_PHYS_ADDR_T_64BIT))
		kunit_skip(test, "8 GiB from 4 GiB up needs a 64-bit phys_addr_t");

	reach_init(test, &reach, NULL, DMA_BIT_MASK(33));
	p2m = counting_p2m(test, true);
	xen_dma_xlate_reach_ram(&reach, 1, RAM_START, RAM_END);

	KUNIT_EXPECT_EQ(test, p2m->lookups, 0UL);
	KUNIT_EXPECT_EQ(test, reach.pages, RAM_PAGES);
	/* 33 bits: [4 GiB, 8 GiB) of the identity. */
	KUNIT_EXPECT_EQ(test, reach.reached, FIRST_HALF);
}

/*
 * Regions that end inside a page, regions that join on both sides, a jump
 * on the DMA side and a mask in the middle of a region, over the shared
 * fake p2m's moved, missing and foreign frames: the counts must be what
 * the library's own bounce decision says of each page.
 */
static const struct bus_dma_region edges_map[] = {
	{ .cpu_start = 0x0, .dma_start = 0x10000000, .size = 0x300800 },
	{ .cpu_start = 0x300800, .dma_start = 0x10300800, .size = 0x2ff800 },
	{ .cpu_start = 0x600000, .dma_start = 0x90000000, .size = 0x100000 },
	{ .cpu_start = 0x20100000, .dma_start = 0x20100000, .size = 0x1800 },
	{ }
};

static void reach_matches_capable(struct kunit *test)
{
	const struct bus_dma_region *maps[] = { NULL, xlate_test_rpi4_map, edges_map };
	const u64 masks[] = { DMA_BIT_MASK(32), 0x9007ffff, DMA_BIT_MASK(29) };
	const phys_addr_t end = SZ_8M;
	struct xen_dma_xlate_reach reach;
	unsigned long pages, reached, outside;
	struct device *dev, *whole, *bus;
	phys_addr_t p;
	int m, k;

	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	bus = xlate_test_device(test, NULL, DMA_BIT_MASK(64), 0);
	for (m = 0; m < ARRAY_SIZE(maps); m++) {
		for (k = 0; k < ARRAY_SIZE(masks); k++) {
			memset(&reach, 0, sizeof(reach));
			reach_init(test, &reach, maps[m], masks[k]);
			dev = reach.dev;
			whole = xlate_test_device(test, maps[m], DMA_BIT_MASK(64), 0);
			xen_dma_xlate_reach_ram(&reach, 1, 0, end);

			pages = 0;
			reached = 0;
			outside = 0;
			for (p = 0; p < end; p += XEN_PAGE_SIZE) {
				if (xen_phys_to_dma(bus, p) == DMA_MAPPING_ERROR)
					continue;
				pages++;
				reached += xen_dma_capable(dev, p, XEN_PAGE_SIZE);
				outside += !xen_dma_capable(whole, p, XEN_PAGE_SIZE);
			}
			KUNIT_EXPECT_EQ_MSG(test, reach.pages, pages, "map %d, mask %d", m, k);
			KUNIT_EXPECT_EQ_MSG(test, reach.reached, reached, "map %d, mask %d", m, k);
			KUNIT_EXPECT_EQ_MSG(test, reach.outside, outside, "map %d, mask %d", m, k);
		}
	}
}

static int ram_pages(struct resource *res, void *data)
{
	unsigned long *pages = data;

	if (XEN_PFN_DOWN(res->end + 1) > XEN_PFN_UP(res->start))
		*pages += XEN_PFN_DOWN(res->end + 1) - XEN_PFN_UP(res->start);
	return 0;
}

/*
 * The file itself: opening it walks dom0's RAM once for all devices (one
 * of them ours, so that there is at least one), and printing it again, as
 * seq_file does when its buffer was too small, walks nothing.
 */
static void devices_file_walks_once_per_open(struct kunit *test)
{
	struct platform_device *pdev;
	struct counting_p2m *p2m;
	struct file file = { };
	struct inode inode = { };
	unsigned long ram = 0, after_open;
	struct seq_file *m;

	pdev = platform_device_register_simple("xen-dma-xlate-test", PLATFORM_DEVID_AUTO, NULL, 0);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, pdev);
	KUNIT_EXPECT_NOT_NULL(test, pdev->dev.dma_mask);
	walk_iomem_res_desc(IORES_DESC_NONE, IORESOURCE_SYSTEM_RAM | IORESOURCE_BUSY,
			    0, -1, &ram, ram_pages);
	p2m = counting_p2m(test, false);

	KUNIT_ASSERT_EQ(test, xen_dma_xlate_devices_open(&inode, &file), 0);
	after_open = p2m->lookups;
	m = file.private_data;
	m->size = 64;	/* far too small: the first show overflows it */
	m->buf = kvmalloc(m->size, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, m->buf);
	xen_dma_xlate_devices_show(m, NULL);
	KUNIT_EXPECT_TRUE(test, seq_has_overflowed(m));
	m->count = 0;
	xen_dma_xlate_devices_show(m, NULL);
	xen_dma_xlate_devices_release(&inode, &file);
	platform_device_unregister(pdev);

	KUNIT_EXPECT_GT(test, ram, 0UL);
	KUNIT_EXPECT_EQ(test, after_open, ram);
	KUNIT_EXPECT_EQ(test, p2m->lookups, after_open);
}

static struct kunit_case debugfs_devices_test_cases[] = {
	KUNIT_CASE(reach_walks_p2m_once),
	KUNIT_CASE(reach_identity_needs_no_lookup),
	KUNIT_CASE(reach_matches_capable),
	KUNIT_CASE(devices_file_walks_once_per_open),
	{ }
};

static struct kunit_suite debugfs_devices_test_suite = {
	.name = "xen-dma-xlate-debugfs-devices",
	.test_cases = debugfs_devices_test_cases,
};

kunit_test_suite(debugfs_devices_test_suite);
