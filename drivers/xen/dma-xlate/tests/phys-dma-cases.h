/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The phys <-> DMA cases, shared by the KUnit suite (phys-dma-kunit.c) and
 * the userspace harness (tests/userspace/test.c), so that the two can never
 * test different expectations.  Expected values assume the fake p2m of
 * test-env.h and the maps named here, which each includer defines.
 */
#ifndef _XEN_DMA_XLATE_PHYS_DMA_CASES_H
#define _XEN_DMA_XLATE_PHYS_DMA_CASES_H

#ifndef NO_PHYS
#define NO_PHYS			((phys_addr_t)-1)
#endif

extern const struct bus_dma_region xlate_test_rpi4_map[];
extern const struct bus_dma_region xlate_test_holes_map[];

struct phys_dma_case {
	const char *name;
	const struct bus_dma_region *map;
	u64 paddr;		/* u64: rows are written for 64-bit kernels */
	dma_addr_t dma;		/* xen_phys_to_dma(paddr) */
	u64 back;		/* xen_dma_to_phys(dma), if dma is valid */
};

static const struct phys_dma_case phys_dma_cases[] = {
	{ "rpi4 first byte", xlate_test_rpi4_map, 0x0, 0xc0000000, 0x0 },
	{ "rpi4 odd offset", xlate_test_rpi4_map, 0x12345, 0xc0012345, 0x12345 },
	{ "rpi4 last byte", xlate_test_rpi4_map, 0x3fffffff, 0xffffffff, 0x3fffffff },
	{ "rpi4 first byte past", xlate_test_rpi4_map, 0x40000000, DMA_MAPPING_ERROR, 0 },
	{ "rpi4 far past", xlate_test_rpi4_map, 0x100000000ULL, DMA_MAPPING_ERROR, 0 },
	{ "rpi4 p2m moved frame", xlate_test_rpi4_map, 0x100abc, 0xe0100abc, 0x100abc },
	{ "rpi4 p2m moved last byte", xlate_test_rpi4_map, 0x101fff, 0xe0101fff, 0x101fff },
	{ "rpi4 p2m high to low", xlate_test_rpi4_map, 0x50000123, 0xc0104123, 0x50000123 },
	{ "rpi4 foreign frame", xlate_test_rpi4_map, 0x103010, 0xfff00010, NO_PHYS },
	{ "rpi4 missing frame", xlate_test_rpi4_map, 0x104000, DMA_MAPPING_ERROR, 0 },
	{ "rpi4 all ones", xlate_test_rpi4_map, NO_PHYS, DMA_MAPPING_ERROR, 0 },
	{ "holes first region end", xlate_test_holes_map, 0x0fffffff, 0x8fffffff, 0x0fffffff },
	{ "holes in the hole", xlate_test_holes_map, 0x10000000, DMA_MAPPING_ERROR, 0 },
	{ "holes hole end", xlate_test_holes_map, 0x3fffffff, DMA_MAPPING_ERROR, 0 },
	{ "holes second region start", xlate_test_holes_map, 0x40000000, 0x20000000, 0x40000000 },
	{ "holes second region end", xlate_test_holes_map, 0x4fffffff, 0x2fffffff, 0x4fffffff },
	{ "holes past second region", xlate_test_holes_map, 0x50001000, DMA_MAPPING_ERROR, 0 },
	{ "holes p2m moved into region", xlate_test_holes_map, 0x50000abc, 0x80104abc, 0x50000abc },
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
	u64 paddr;		/* xen_dma_to_phys(dma) */
	u64 bus;		/* xen_dma_to_bus(dma) */
};

/* DMA addresses that no xen_phys_to_dma() of a valid address gives. */
static const struct dma_phys_case dma_phys_cases[] = {
	{ "mapping error", xlate_test_rpi4_map, DMA_MAPPING_ERROR, NO_PHYS, NO_PHYS },
	{ "mapping error, no map", NULL, DMA_MAPPING_ERROR, NO_PHYS, NO_PHYS },
	{ "rpi4 below region", xlate_test_rpi4_map, 0xbfffffff, NO_PHYS, NO_PHYS },
	{ "rpi4 first byte", xlate_test_rpi4_map, 0xc0000000, 0x0, 0x0 },
	{ "rpi4 above 4 GiB", xlate_test_rpi4_map, 0x100000000ULL, NO_PHYS, NO_PHYS },
	{ "rpi4 bus frame without pfn", xlate_test_rpi4_map, 0xc0100000, NO_PHYS, 0x100000 },
	{ "rpi4 bus frame of moved pfn", xlate_test_rpi4_map, 0xc0104008, 0x50000008, 0x104008 },
	{ "holes dma gap", xlate_test_holes_map, 0x90000000, NO_PHYS, NO_PHYS },
	{ "holes below second region", xlate_test_holes_map, 0x1fffffff, NO_PHYS, NO_PHYS },
	{ "holes second region", xlate_test_holes_map, 0x2000beef, 0x4000beef, 0x4000beef },
	{ "no map foreign bus frame", NULL, 0x3ff00000, NO_PHYS, 0x3ff00000 },
	{ "no map bus frame without pfn", NULL, 0x102000, NO_PHYS, 0x102000 },
	{ "no map bus frame of moved pfn", NULL, 0x20100001, 0x100001, 0x20100001 },
};

#endif /* _XEN_DMA_XLATE_PHYS_DMA_CASES_H */
