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
#define M32		DMA_BIT_MASK(32)
#define M64		DMA_BIT_MASK(64)
#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

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

static const struct bus_dma_region rpi4_map[] = {
	{ .cpu_start = 0x0, .dma_start = 0xc0000000, .size = SZ_1G },
	{ 0 }
};

static const struct bus_dma_region holes_map[] = {
	{ .cpu_start = 0x0, .dma_start = 0x80000000, .size = SZ_256M },
	{ .cpu_start = 0x40000000, .dma_start = 0x20000000, .size = SZ_256M },
	{ 0 }
};

static const struct bus_dma_region split_map[] = {
	{ .cpu_start = 0x0, .dma_start = 0x0, .size = SZ_1M },
	{ .cpu_start = SZ_1M, .dma_start = 0x40000000, .size = SZ_1M },
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

struct phys_dma_case {
	const char *name;
	const struct bus_dma_region *map;
	phys_addr_t paddr;
	dma_addr_t dma;
	phys_addr_t back;
};

static const struct phys_dma_case phys_dma_cases[] = {
	{ "rpi4 first byte", rpi4_map, 0x0, 0xc0000000, 0x0 },
	{ "rpi4 odd offset", rpi4_map, 0x12345, 0xc0012345, 0x12345 },
	{ "rpi4 last byte", rpi4_map, 0x3fffffff, 0xffffffff, 0x3fffffff },
	{ "rpi4 first byte past", rpi4_map, 0x40000000, DMA_MAPPING_ERROR, 0 },
	{ "rpi4 far past", rpi4_map, 0x100000000ULL, DMA_MAPPING_ERROR, 0 },
	{ "rpi4 p2m moved frame", rpi4_map, 0x100abc, 0xe0100abc, 0x100abc },
	{ "rpi4 p2m moved last byte", rpi4_map, 0x101fff, 0xe0101fff, 0x101fff },
	{ "rpi4 p2m high to low", rpi4_map, 0x50000123, 0xc0104123, 0x50000123 },
	{ "rpi4 foreign frame", rpi4_map, 0x103010, 0xfff00010, NO_PHYS },
	{ "rpi4 missing frame", rpi4_map, 0x104000, DMA_MAPPING_ERROR, 0 },
	{ "rpi4 all ones", rpi4_map, NO_PHYS, DMA_MAPPING_ERROR, 0 },
	{ "holes first region end", holes_map, 0x0fffffff, 0x8fffffff, 0x0fffffff },
	{ "holes in the hole", holes_map, 0x10000000, DMA_MAPPING_ERROR, 0 },
	{ "holes hole end", holes_map, 0x3fffffff, DMA_MAPPING_ERROR, 0 },
	{ "holes second region start", holes_map, 0x40000000, 0x20000000, 0x40000000 },
	{ "holes second region end", holes_map, 0x4fffffff, 0x2fffffff, 0x4fffffff },
	{ "holes past second region", holes_map, 0x50001000, DMA_MAPPING_ERROR, 0 },
	{ "holes p2m moved into region", holes_map, 0x50000abc, 0x80104abc, 0x50000abc },
	{ "no map identity", NULL, 0x12345678, 0x12345678, 0x12345678 },
	{ "no map above 4 GiB", NULL, 0x800001234ULL, 0x800001234ULL, 0x800001234ULL },
	{ "no map p2m moved", NULL, 0x101fff, 0x20101fff, 0x101fff },
	{ "no map foreign frame", NULL, 0x103fff, 0x3ff00fff, NO_PHYS },
	{ "no map missing frame", NULL, 0x104000, DMA_MAPPING_ERROR, 0 },
	{ "no map all ones", NULL, NO_PHYS, DMA_MAPPING_ERROR, 0 },
};

struct dma_phys_case {
	const char *name;
	const struct bus_dma_region *map;
	dma_addr_t dma;
	phys_addr_t paddr;
};

static const struct dma_phys_case dma_phys_cases[] = {
	{ "mapping error", rpi4_map, DMA_MAPPING_ERROR, NO_PHYS },
	{ "mapping error, no map", NULL, DMA_MAPPING_ERROR, NO_PHYS },
	{ "rpi4 below region", rpi4_map, 0xbfffffff, NO_PHYS },
	{ "rpi4 first byte", rpi4_map, 0xc0000000, 0x0 },
	{ "rpi4 above 4 GiB", rpi4_map, 0x100000000ULL, NO_PHYS },
	{ "rpi4 bus frame without pfn", rpi4_map, 0xc0100000, NO_PHYS },
	{ "rpi4 bus frame of moved pfn", rpi4_map, 0xc0104008, 0x50000008 },
	{ "holes dma gap", holes_map, 0x90000000, NO_PHYS },
	{ "holes below second region", holes_map, 0x1fffffff, NO_PHYS },
	{ "holes second region", holes_map, 0x2000beef, 0x4000beef },
	{ "no map foreign bus frame", NULL, 0x3ff00000, NO_PHYS },
	{ "no map bus frame without pfn", NULL, 0x102000, NO_PHYS },
	{ "no map bus frame of moved pfn", NULL, 0x20100001, 0x100001 },
};

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

struct capable_case {
	const char *name;
	const struct bus_dma_region *map;
	u64 mask;
	u64 bus_dma_limit;
	phys_addr_t paddr;
	size_t size;
	bool capable;
};

static const struct capable_case capable_cases[] = {
	{ "rpi4 first frame", rpi4_map, M32, M32, 0x0, SZ_4K, true },
	{ "rpi4 last frame", rpi4_map, M32, M32, 0x3ffff000, SZ_4K, true },
	{ "rpi4 runs out of region", rpi4_map, M32, M32, 0x3ffff000, SZ_8K, false },
	{ "rpi4 outside region", rpi4_map, M32, M32, 0x40000000, SZ_4K, false },
	{ "rpi4 one byte past region, 64-bit mask", rpi4_map, M64, 0, 0x3ffff000, SZ_4K + 1, false },
	{ "rpi4 ends at region end, 64-bit mask", rpi4_map, M64, 0, 0x3ffff000, SZ_4K, true },
	{ "rpi4 mask below region", rpi4_map, DMA_BIT_MASK(31), 0, 0x0, SZ_4K, false },
	{ "rpi4 foreign frame", rpi4_map, M32, M32, 0x103000, SZ_4K, true },
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
	{ "holes into the hole", holes_map, M64, 0, 0x0ffff000, SZ_8K, false },
	{ "holes inside second region", holes_map, M32, 0, 0x4fffe000, SZ_8K, true },
	{ "holes second region one byte over", holes_map, M64, 0, 0x4ffff000, SZ_4K + 1, false },
	{ "across two regions", split_map, M64, 0, 0xff000, SZ_8K, false },
	{ "size 0", NULL, M64, 0, 0x1000, 0, false },
	{ "size wraps", NULL, M64, 0, 0x1000, SIZE_MAX, false },
	{ "all ones", NULL, M64, 0, NO_PHYS, 1, false },
};

/* Not under Xen: no p2m, every range is contiguous unless it wraps. */
static void native_cases(void)
{
	struct device d;
	u64 mask;

	xdx_p2m_native();
	make_dev(&d, &mask, rpi4_map, M32, 0);
	CHECK_EQ("native", "rpi4 moved pfn is not moved", xen_phys_to_dma(&d, 0x100abc), 0xc0100abc);
	CHECK_EQ("native", "rpi4 back", xen_dma_to_phys(&d, 0xc0100abc), 0x100abc);
	CHECK_EQ("native", "rpi4 bus frame 0x104 is pfn 0x104", xen_dma_to_phys(&d, 0xc0104008), 0x104008);
	CHECK_EQ("native", "contiguous 1 GiB", xen_phys_range_contiguous(0x0, SZ_1G), true);
	CHECK_EQ("native", "contiguous wraps", xen_phys_range_contiguous(0xfffffffffffff000ULL, SZ_8K), false);
	CHECK_EQ("native", "capable whole rpi4 region", xen_dma_capable(&d, 0x0, SZ_1G), true);
	CHECK_EQ("native", "capable one byte past region", xen_dma_capable(&d, 0x0, SZ_1G + 1), false);
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
	native_cases();
	xdx_p2m_native();

	printf("%u passed, %u failed\n", passed, failed);
	return failed ? 1 : 0;
}
