// SPDX-License-Identifier: GPL-2.0
/*
 * The Xen DMA translation API seen from outside: only <xen/dma-xlate.h>
 * and ordinary kernel interfaces, no access to the library's internals and
 * no fake p2m.  Expectations come from sources the library does not use:
 * the identity when not under Xen or on Arm, and on x86 PV the machine
 * frame in the kernel's page-table entry, checked against Xen's M2P
 * (the library's test oracle header, which holds no library code).
 */
#include <kunit/test.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/module.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <xen/dma-xlate.h>
#include <xen/page.h>
#include <xen/xen.h>

#include "machine-oracle.h"

#define NO_PHYS ((phys_addr_t)-1)

/* A device whose one region shows [@cpu_start, +@size) at @dma_start. */
static struct device *offset_device(struct kunit *test, phys_addr_t cpu_start,
				    dma_addr_t dma_start, u64 size, u64 mask)
{
	struct bus_dma_region *map = kunit_kcalloc(test, 2, sizeof(*map), GFP_KERNEL);
	struct device *dev = kunit_kzalloc(test, sizeof(*dev), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, map);
	KUNIT_ASSERT_NOT_NULL(test, dev);
	map->cpu_start = cpu_start;
	map->dma_start = dma_start;
	map->size = size;
	dev->dma_range_map = map;
	dev->coherent_dma_mask = mask;
	dev->dma_mask = &dev->coherent_dma_mask;
	return dev;
}

static void api_round_trip_vmalloc(struct kunit *test)
{
	u8 *buf = vmalloc(2 * PAGE_SIZE);
	u8 *p;
	phys_addr_t paddr, baddr;
	struct device *dev;
	dma_addr_t dma;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	p = buf + PAGE_SIZE + 3;
	paddr = xen_virt_to_phys(p);
	KUNIT_ASSERT_NE(test, paddr, NO_PHYS);
	KUNIT_EXPECT_PTR_EQ(test, xen_virt_to_page(p), vmalloc_to_page(p));

	baddr = xen_test_machine_addr(paddr);
	dev = offset_device(test, ALIGN_DOWN(baddr, SZ_1G), 0xc0000000, SZ_1G,
			    DMA_BIT_MASK(32));
	dma = xen_virt_to_dma(dev, p);
	KUNIT_EXPECT_EQ(test, dma, baddr - ALIGN_DOWN(baddr, SZ_1G) + 0xc0000000);
	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(dev, paddr), dma);
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, dma), paddr);
	vfree(buf);
}

static void api_out_of_window(struct kunit *test)
{
	u8 *buf = kunit_kmalloc(test, 64, GFP_KERNEL);
	phys_addr_t baddr;
	struct device *dev;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	baddr = xen_test_machine_addr(virt_to_phys(buf));
	/* A window that ends right below the buffer. */
	dev = offset_device(test, 0, 0x80000000, ALIGN_DOWN(baddr, PAGE_SIZE),
			    DMA_BIT_MASK(64));
	KUNIT_EXPECT_EQ(test, xen_virt_to_dma(dev, buf), DMA_MAPPING_ERROR);
	KUNIT_EXPECT_FALSE(test, xen_dma_capable(dev, virt_to_phys(buf), 64));
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, 0x7fffffff), NO_PHYS);
}

static void api_capable_mask_edge(struct kunit *test)
{
	u8 *buf = kunit_kmalloc(test, 64, GFP_KERNEL);
	phys_addr_t paddr, baddr;
	struct device *dev;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	paddr = virt_to_phys(buf);
	baddr = xen_test_machine_addr(paddr);
	/*
	 * The mask ends exactly at the buffer's last byte, then one before.
	 * One region over all of RAM: 1 TiB, or what a 32-bit phys_addr_t
	 * holds without wrapping.
	 */
	dev = offset_device(test, 0, 0, min_t(u64, SZ_1G * 1024ULL, (phys_addr_t)-1),
			    baddr + 63);
	KUNIT_EXPECT_TRUE(test, xen_dma_capable(dev, paddr, 64));
	dev->coherent_dma_mask = baddr + 62;
	KUNIT_EXPECT_FALSE(test, xen_dma_capable(dev, paddr, 64));
	dev->coherent_dma_mask = DMA_BIT_MASK(64);
	dev->bus_dma_limit = baddr + 62;
	KUNIT_EXPECT_FALSE(test, xen_dma_capable(dev, paddr, 64));
	/* zero bytes are the byte at paddr: reachable here, not past the limit */
	KUNIT_EXPECT_TRUE(test, xen_dma_capable(dev, paddr, 0));
	KUNIT_EXPECT_FALSE(test, xen_dma_capable(dev, paddr + 63, 0));
	dev->dma_mask = NULL;
	KUNIT_EXPECT_FALSE(test, xen_dma_capable(dev, paddr, 1));
}

static void api_contiguity(struct kunit *test)
{
	u8 *buf = kunit_kmalloc(test, 64, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, buf);
	KUNIT_EXPECT_TRUE(test, xen_phys_range_contiguous(virt_to_phys(buf), 64));
	KUNIT_EXPECT_TRUE(test, xen_phys_range_contiguous(0x1000, 0));
	KUNIT_EXPECT_FALSE(test, xen_phys_range_contiguous(NO_PHYS - 10, 64));
}

static void api_bad_pointers(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, xen_virt_to_phys(NULL), NO_PHYS);
	KUNIT_EXPECT_EQ(test, xen_virt_to_phys(ERR_PTR(-ENOMEM)), NO_PHYS);
	KUNIT_EXPECT_NULL(test, xen_virt_to_page(ERR_PTR(-EIO)));
	KUNIT_EXPECT_EQ(test, xen_virt_to_phys((void *)0x1000), NO_PHYS);
}

static struct kunit_case api_test_cases[] = {
	KUNIT_CASE(api_round_trip_vmalloc),
	KUNIT_CASE(api_out_of_window),
	KUNIT_CASE(api_capable_mask_edge),
	KUNIT_CASE(api_contiguity),
	KUNIT_CASE(api_bad_pointers),
	{ }
};

static struct kunit_suite api_test_suite = {
	.name = "xen-dma-xlate-api",
	.test_cases = api_test_cases,
};

kunit_test_suite(api_test_suite);

MODULE_DESCRIPTION("KUnit suite for the Xen DMA translation API, from outside");
MODULE_LICENSE("GPL");
