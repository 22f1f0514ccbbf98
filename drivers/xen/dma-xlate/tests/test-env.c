// SPDX-License-Identifier: GPL-2.0
/*
 * Fake p2m and fake devices shared by the KUnit suites.
 */
#include <kunit/test.h>
#include <linux/device.h>
#include <linux/module.h>
#include <linux/sizes.h>
#include <xen/page.h>
#include <xen/xen.h>

#include "machine-oracle.h"
#include "test-env.h"

static const struct xlate_test_frame xlate_test_frames[] = {
	{ .pfn = 0x100, .bfn = 0x20100 },
	{ .pfn = 0x101, .bfn = 0x20101 },
	{ .pfn = 0x102, .bfn = 0x30000 },
	{ .pfn = 0x103, .bfn = 0x3ff00, .foreign = true },
	{ .pfn = 0x104, .bfn = XLATE_TEST_NO_FRAME },
	{ .pfn = 0x50000, .bfn = 0x104 },
};

static const struct xlate_test_p2m *to_test_p2m(const struct xen_dma_xlate_p2m *ops)
{
	return container_of(ops, struct xlate_test_p2m, ops);
}

unsigned long xlate_test_bus_frame(const struct xen_dma_xlate_p2m *ops,
				   unsigned long pfn)
{
	const struct xlate_test_p2m *p2m = to_test_p2m(ops);
	size_t i;

	for (i = 0; i < p2m->nr_frames; i++)
		if (p2m->frames[i].pfn == pfn)
			return p2m->frames[i].bfn;
	return pfn;
}

unsigned long xlate_test_local_frame(const struct xen_dma_xlate_p2m *ops,
				     unsigned long bfn)
{
	const struct xlate_test_p2m *p2m = to_test_p2m(ops);
	size_t i;

	if (ops->local_frame_is_identity)
		return bfn;
	for (i = 0; i < p2m->nr_frames; i++) {
		const struct xlate_test_frame *f = &p2m->frames[i];

		if (f->bfn == bfn)
			return f->foreign ? XLATE_TEST_NO_FRAME : f->pfn;
	}
	/* A pfn that was moved away left its own bus frame without owner. */
	for (i = 0; i < p2m->nr_frames; i++)
		if (p2m->frames[i].pfn == bfn)
			return XLATE_TEST_NO_FRAME;
	return bfn;
}

const struct xlate_test_p2m xlate_test_x86_p2m = {
	.ops = {
		.bus_frame = xlate_test_bus_frame,
		.local_frame = xlate_test_local_frame,
	},
	.frames = xlate_test_frames,
	.nr_frames = ARRAY_SIZE(xlate_test_frames),
};

const struct xlate_test_p2m xlate_test_arm_p2m = {
	.ops = {
		.bus_frame = xlate_test_bus_frame,
		.local_frame = xlate_test_local_frame,
		.local_frame_is_identity = true,
	},
	.frames = xlate_test_frames,
	.nr_frames = ARRAY_SIZE(xlate_test_frames),
};

const struct bus_dma_region xlate_test_rpi4_map[] = {
	{ .cpu_start = 0x0, .dma_start = 0xc0000000, .size = SZ_1G },
	{ }
};

const struct bus_dma_region xlate_test_holes_map[] = {
	{ .cpu_start = 0x0, .dma_start = 0x80000000, .size = SZ_256M },
	{ .cpu_start = 0x40000000, .dma_start = 0x20000000, .size = SZ_256M },
	{ }
};

void xlate_test_use_p2m(struct kunit *test, const struct xlate_test_p2m *p2m)
{
	KUNIT_ASSERT_EQ(test, xen_dma_xlate_test_use_p2m(test, &p2m->ops), 0);
}

struct device *xlate_test_device(struct kunit *test,
				 const struct bus_dma_region *map,
				 u64 mask, u64 bus_dma_limit)
{
	struct device *dev = kunit_kzalloc(test, sizeof(*dev), GFP_KERNEL);

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);
	dev->dma_range_map = map;
	if (mask) {
		dev->coherent_dma_mask = mask;
		dev->dma_mask = &dev->coherent_dma_mask;
	}
	dev->bus_dma_limit = bus_dma_limit;
	return dev;
}

void xlate_test_skip(struct kunit *test, const char *reason)
{
	kunit_info(test, "xdx-skip: %s\n", reason);
	kunit_skip(test, "%s", reason);
}

void xlate_test_skip_unless_framed(struct kunit *test, u64 addr, u64 size, bool translates)
{
	u64 last = addr + (size ? size - 1 : 0);
	u64 none = (phys_addr_t)-1;

	/* An address the kernel cannot hold cannot even be asked about. */
	if (addr != (u64)(phys_addr_t)addr ||
	    (translates && (last < addr || last != (u64)(phys_addr_t)last)))
		xlate_test_skip(test, "the row's addresses need a 64-bit phys_addr_t");
	/* Rows that expect a refusal may ask about any other address. */
	if (!translates)
		return;
	/* The rows know it as a byte of a 64-bit space, not as the sentinel. */
	if (sizeof(phys_addr_t) < sizeof(u64) && last >= none)
		xlate_test_skip(test, "the row's last byte is this kernel's \"no address\" value");
	if (!xlate_test_frame_numbered(last))
		xlate_test_skip(test, "the row's frames need 64-bit frame numbers");
}

phys_addr_t xlate_test_expected_bus(phys_addr_t paddr)
{
	return xen_test_machine_addr(paddr);
}

MODULE_DESCRIPTION("KUnit tests for the Xen DMA address translation");
MODULE_LICENSE("GPL");
MODULE_IMPORT_NS(EXPORTED_FOR_KUNIT_TESTING);
