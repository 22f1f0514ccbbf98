/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The contiguity and bounce-decision cases, shared by the KUnit suite
 * (range-kunit.c) and the userspace harness (tests/userspace/test.c).
 * Expected values assume the fake p2m of test-env.h and the maps named
 * here, which each includer defines (but split_map, defined here).
 */
#ifndef _XEN_DMA_XLATE_RANGE_CASES_H
#define _XEN_DMA_XLATE_RANGE_CASES_H

#ifndef NO_PHYS
#define NO_PHYS			((phys_addr_t)-1)
#endif

extern const struct bus_dma_region xlate_test_rpi4_map[];
extern const struct bus_dma_region xlate_test_holes_map[];

struct contiguous_case {
	const char *name;
	u64 paddr;		/* u64: rows are written for 64-bit kernels */
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

/*
 * Two regions that continue each other on the CPU and the DMA side, away
 * from the frames the fake p2m moves.
 */
static const struct bus_dma_region joined_map[] = {
	{ .cpu_start = 0x200000, .dma_start = 0x80000000, .size = SZ_1M },
	{ .cpu_start = 0x300000, .dma_start = 0x80100000, .size = SZ_1M },
	{ }
};

/* A region whose last DMA address is DMA_MAPPING_ERROR's value. */
static const struct bus_dma_region top_map[] = {
	{ .cpu_start = 0x200000, .dma_start = 0xfffffffffff00000ULL, .size = SZ_1M },
	{ }
};

/*
 * Regions that touch on the CPU side but not on the DMA side, where the
 * fake p2m keeps the frames contiguous: only the region rule can refuse.
 */
static const struct bus_dma_region jump_map[] = {
	{ .cpu_start = 0x200000, .dma_start = 0x0, .size = SZ_1M },
	{ .cpu_start = 0x300000, .dma_start = 0x40000000, .size = SZ_1M },
	{ }
};

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
	u64 paddr;
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
	{ "holes second region one byte over", xlate_test_holes_map, M64, 0, 0x4ffff000, SZ_4K + 1,
	  false },
	{ "across two regions", split_map, M64, 0, 0xff000, SZ_8K, false },
	{ "across two regions whose DMA addresses jump", jump_map, M64, 0, 0x2ff000, SZ_8K,
	  false },
	/* Joined on both sides: one range to the device, as 6.1 maps it. */
	{ "across two joined regions", joined_map, M64, 0, 0x2ff000, SZ_8K, true },
	{ "joined regions, to the end of both", joined_map, M64, 0, 0x200000, 2 * SZ_1M, true },
	{ "joined regions, one byte past both", joined_map, M64, 0, 0x200000, 2 * SZ_1M + 1,
	  false },
	{ "joined regions, mask ends in the second", joined_map, 0x80100fff, 0, 0x2ff000, SZ_8K,
	  true },
	{ "joined regions, one byte past the mask", joined_map, 0x80100fff, 0, 0x2ff000,
	  SZ_8K + 1, false },
	/* Zero bytes: the address itself decides (6.1 maps them directly). */
	{ "size 0", NULL, M64, 0, 0x1000, 0, true },
	{ "size 0 at the mask's end", NULL, M32, 0, 0xffffffff, 0, true },
	{ "size 0 past the mask", NULL, M32, 0, 0x100000000ULL, 0, false },
	{ "size 0 outside the region", xlate_test_rpi4_map, M32, M32, 0x40000000, 0, false },
	{ "size wraps", NULL, M64, 0, 0x1000, SIZE_MAX, false },
	/* No mapping may end on DMA_MAPPING_ERROR: phys_to_dma() refuses it. */
	{ "DMA side ends on DMA_MAPPING_ERROR", top_map, M64, 0, 0x2ff000, SZ_4K, false },
	{ "DMA side ends one below it", top_map, M64, 0, 0x2ff000, SZ_4K - 1, true },
	{ "size 0 on DMA_MAPPING_ERROR", top_map, M64, 0, 0x2fffff, 0, false },
	{ "all ones", NULL, M64, 0, NO_PHYS, 1, false },
};

#endif /* _XEN_DMA_XLATE_RANGE_CASES_H */
