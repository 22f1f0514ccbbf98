// SPDX-License-Identifier: GPL-2.0
/*
 * Userspace unit test of phys-dma.c and range.c, built unmodified against
 * the shims in include/.  The scenarios and hand-computed expectations are
 * those of the KUnit suites in drivers/xen/dma-xlate/tests/ (phys-dma-kunit.c,
 * range-kunit.c, test-env.c), with the x86 PV p2m of test-env.h:
 *   pfn 0x100, 0x101 -> bfn 0x20100, 0x20101  moved, contiguous
 *   pfn 0x102        -> bfn 0x30000           moved, breaks contiguity
 *   pfn 0x103        -> bfn 0x3ff00           foreign (a granted page)
 *   pfn 0x104        -> none                  missing
 *   pfn 0x50000      -> bfn 0x104             moved from high to low
 * everything else the identity.
 */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <linux/bug.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/mem_encrypt.h>
#include <xen/dma-xlate.h>
#include <xen/page.h>
#include <xdx-p2m.h>

#define NO_PHYS		((phys_addr_t)-1)
#define SZ_4K		0x1000UL
#define SZ_8K		0x2000UL
#define SZ_64K		0x10000UL
#define SZ_1M		0x100000UL
#define SZ_256M		0x10000000UL
#define SZ_1G		0x40000000UL
#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

/* The case tables are the KUnit suites' own. */
#include "../../drivers/xen/dma-xlate/tests/phys-dma-cases.h"
#include "../../drivers/xen/dma-xlate/tests/range-cases.h"

static unsigned int passed, failed;

static void check(const char *group, const char *name, int ok,
		  unsigned long long got, unsigned long long want)
{
	if (ok) {
		passed++;
		printf("ok   %s: %s\n", group, name);
	} else {
		failed++;
		printf("FAIL %s: %s: got %#llx, want %#llx\n", group, name, got, want);
	}
}

#define CHECK_EQ(group, name, got, want) do {				\
	unsigned long long __g = (got), __w = (want);			\
	check(group, name, __g == __w, __g, __w);			\
} while (0)

const struct bus_dma_region xlate_test_rpi4_map[] = {
	{ .cpu_start = 0x0, .dma_start = 0xc0000000, .size = SZ_1G },
	{ 0 }
};

const struct bus_dma_region xlate_test_holes_map[] = {
	{ .cpu_start = 0x0, .dma_start = 0x80000000, .size = SZ_256M },
	{ .cpu_start = 0x40000000, .dma_start = 0x20000000, .size = SZ_256M },
	{ 0 }
};

static void use_test_p2m(void)
{
	static unsigned long *frames;
	static bool *foreign;
	const size_t nr = 0x50001;
	size_t i;

	if (!frames) {
		frames = malloc(nr * sizeof(*frames));
		foreign = calloc(nr, sizeof(*foreign));
		if (!frames || !foreign)
			abort();
		for (i = 0; i < nr; i++)
			frames[i] = i;
		frames[0x100] = 0x20100;
		frames[0x101] = 0x20101;
		frames[0x102] = 0x30000;
		frames[0x103] = 0x3ff00;
		foreign[0x103] = true;
		frames[0x104] = INVALID_P2M_ENTRY;
		frames[0x50000] = 0x104;
	}
	if (xdx_p2m_pv(frames, foreign, nr))
		abort();
}

static struct device *make_dev(struct device *dev, u64 *maskp,
			       const struct bus_dma_region *map,
			       u64 mask, u64 limit)
{
	*maskp = mask;
	dev->dma_mask = mask ? maskp : NULL;
	dev->bus_dma_limit = limit;
	dev->dma_range_map = map;
	return dev;
}

/* Not under Xen: no p2m, every range is contiguous unless it wraps. */
static void native_cases(void)
{
	struct device d;
	u64 mask;

	xdx_p2m_native();
	make_dev(&d, &mask, xlate_test_rpi4_map, M32, 0);
	CHECK_EQ("native", "rpi4 moved pfn is not moved", xen_phys_to_dma(&d, 0x100abc), 0xc0100abc);
	CHECK_EQ("native", "rpi4 back", xen_dma_to_phys(&d, 0xc0100abc), 0x100abc);
	CHECK_EQ("native", "rpi4 bus frame 0x104 is pfn 0x104", xen_dma_to_phys(&d, 0xc0104008), 0x104008);
	CHECK_EQ("native", "contiguous 1 GiB", xen_phys_range_contiguous(0x0, SZ_1G), true);
	CHECK_EQ("native", "contiguous wraps", xen_phys_range_contiguous(0xfffffffffffff000ULL, SZ_8K), false);
	CHECK_EQ("native", "capable whole rpi4 region", xen_dma_capable(&d, 0x0, SZ_1G), true);
	CHECK_EQ("native", "capable one byte past region", xen_dma_capable(&d, 0x0, SZ_1G + 1), false);
}

/*
 * AMD SME: every DMA address carries the C-bit, which phys_to_dma() sets
 * and dma_to_phys() clears, and the mask must cover it.  No machine here
 * has SME; the shim's mask stands in for the kernel's sme_me_mask.
 */
static void sme_cases(void)
{
	const u64 c_bit = 1ULL << 47;
	struct device d;
	u64 mask;

	use_test_p2m();
	xdx_sme_me_mask = c_bit;
	make_dev(&d, &mask, NULL, M64, 0);
	CHECK_EQ("sme", "phys_to_dma sets the C-bit", xen_phys_to_dma(&d, 0x101fff),
		 0x20101fff | c_bit);
	CHECK_EQ("sme", "dma_to_phys clears it", xen_dma_to_phys(&d, 0x20101fff | c_bit), 0x101fff);
	CHECK_EQ("sme", "dma_to_bus clears it", xen_dma_to_bus(&d, 0x20101fff | c_bit), 0x20101fff);
	make_dev(&d, &mask, xlate_test_rpi4_map, M64, 0);
	CHECK_EQ("sme", "rpi4: offset, then the C-bit", xen_phys_to_dma(&d, 0x12345),
		 0xc0012345 | c_bit);
	CHECK_EQ("sme", "rpi4: back", xen_dma_to_phys(&d, 0xc0012345 | c_bit), 0x12345);
	make_dev(&d, &mask, NULL, c_bit - 1, 0);
	CHECK_EQ("sme", "capable: the C-bit is above a 47-bit mask",
		 xen_dma_capable(&d, 0x1000, SZ_4K), false);
	make_dev(&d, &mask, NULL, (c_bit << 1) - 1, 0);
	CHECK_EQ("sme", "capable: within a 48-bit mask", xen_dma_capable(&d, 0x1000, SZ_4K), true);
	xdx_sme_me_mask = 0;
}

static void bad_device_cases(void)
{
	struct device d;
	u64 mask;
	unsigned long w;

	use_test_p2m();
	make_dev(&d, &mask, NULL, 0, 0);
	w = xdx_warnings;
	CHECK_EQ("bad device", "no mask: not capable", xen_dma_capable(&d, 0x1000, SZ_4K), false);
	CHECK_EQ("bad device", "no mask: no warning", xdx_warnings - w, 0);

	w = xdx_warnings;
	CHECK_EQ("bad device", "NULL: capable is false", xen_dma_capable(NULL, 0x1000, SZ_4K), false);
	CHECK_EQ("bad device", "NULL: capable warned", xdx_warnings - w, 1);
	w = xdx_warnings;
	CHECK_EQ("bad device", "NULL: phys_to_dma error", xen_phys_to_dma(NULL, 0x1000), DMA_MAPPING_ERROR);
	CHECK_EQ("bad device", "NULL: phys_to_dma warned", xdx_warnings - w, 1);
	w = xdx_warnings;
	CHECK_EQ("bad device", "NULL: dma_to_phys error", xen_dma_to_phys(NULL, 0x1000), NO_PHYS);
	CHECK_EQ("bad device", "NULL: dma_to_phys warned", xdx_warnings - w, 1);
}

int main(void)
{
	struct device d;
	u64 mask;
	size_t i;

	use_test_p2m();
	for (i = 0; i < ARRAY_SIZE(phys_dma_cases); i++) {
		const struct phys_dma_case *c = &phys_dma_cases[i];
		dma_addr_t dma;

		make_dev(&d, &mask, c->map, M64, 0);
		dma = xen_phys_to_dma(&d, c->paddr);
		CHECK_EQ("phys_to_dma", c->name, dma, c->dma);
		if (c->dma != DMA_MAPPING_ERROR)
			CHECK_EQ("phys_to_dma and back", c->name,
				 xen_dma_to_phys(&d, dma), c->back);
	}
	for (i = 0; i < ARRAY_SIZE(dma_phys_cases); i++) {
		const struct dma_phys_case *c = &dma_phys_cases[i];

		make_dev(&d, &mask, c->map, M64, 0);
		CHECK_EQ("dma_to_phys", c->name, xen_dma_to_phys(&d, c->dma), c->paddr);
		CHECK_EQ("dma_to_bus", c->name, xen_dma_to_bus(&d, c->dma), c->bus);
	}
	for (i = 0; i < ARRAY_SIZE(contiguous_cases); i++) {
		const struct contiguous_case *c = &contiguous_cases[i];

		CHECK_EQ("contiguous", c->name,
			 xen_phys_range_contiguous(c->paddr, c->size), c->contiguous);
	}
	for (i = 0; i < ARRAY_SIZE(capable_cases); i++) {
		const struct capable_case *c = &capable_cases[i];

		make_dev(&d, &mask, c->map, c->mask, c->bus_dma_limit);
		CHECK_EQ("dma_capable", c->name,
			 xen_dma_capable(&d, c->paddr, c->size), c->capable);
	}
	bad_device_cases();
	sme_cases();
	native_cases();
	xdx_p2m_native();

	printf("%u passed, %u failed\n", passed, failed);
	return failed ? 1 : 0;
}
