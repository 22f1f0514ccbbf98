/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The bad-input table: every public function of <xen/dma-xlate.h> against
 * every bad input it can be handed, with the result its kernel-doc
 * promises.  bad-input-kunit.c runs each row as one KUnit case, and
 * tests/reliability-table turns the rows into the table of
 * Documentation/reliability.rst, so the page and the tests cannot drift:
 * keep one row per line, in the ADDR() or PTR() form below.
 *
 * Address rows run on the fake x86 (or Arm) p2m of test-env.h, whose
 * frames 0x100-0x104 and 0x50000 are moved, foreign or missing; pointer
 * rows run on the kernel's own p2m, since they need live objects.
 */
#ifndef _XEN_DMA_XLATE_BAD_INPUT_CASES_H
#define _XEN_DMA_XLATE_BAD_INPUT_CASES_H

#include <linux/dma-direct.h>
#include <linux/sizes.h>
#include <linux/types.h>

enum bad_input_fn {
	F_PHYS_TO_DMA,
	F_DMA_TO_PHYS,
	F_DMA_TO_BUS,
	F_VIRT_TO_PHYS,
	F_VIRT_TO_PAGE,
	F_VIRT_TO_DMA,
	F_CONTIGUOUS,
	F_CAPABLE,
};

/* The device handed to the function; all but the first three have a 64-bit mask. */
enum bad_input_dev {
	D_NONE,		/* the function takes no device */
	D_NULL,		/* NULL */
	D_NO_MASK,	/* dma_mask is NULL, no map */
	D_ZERO_MASK,	/* *dma_mask is 0, no map */
	D_NO_MAP,	/* dma_range_map is NULL */
	D_M29,		/* 29-bit mask, no map */
	D_EMPTY,	/* dma_range_map holds only its terminator */
	D_RPI4,		/* xlate_test_rpi4_map */
	D_HOLES,	/* xlate_test_holes_map */
	D_ZERO_FIRST,	/* a zero-size region first */
	D_ZERO_MID,	/* a zero-size region between two */
	D_OVERLAP,	/* two regions overlapping on the CPU side */
	D_OVERLAP_DMA,	/* two regions overlapping on the DMA side */
	D_WRAP_CPU,	/* a region whose CPU side wraps past the top */
	D_WRAP_DMA,	/* a region whose DMA side wraps past the top */
};

/* The pointer handed to a xen_virt_to_*() function. */
enum bad_input_ptr {
	P_NONE,
	P_NULL,
	P_NULL_OFFSET,	/* NULL + 0x10 */
	P_ERR_EINVAL,	/* ERR_PTR(-EINVAL) */
	P_ERR_MAX,	/* ERR_PTR(-MAX_ERRNO) */
	P_USER,		/* 0x400000 */
	P_USER_HIGH,	/* 0x7f0000001000 */
	P_TOP_BIT,	/* 0x8000000000000000: non-canonical on x86 */
	P_LINEAR_HOLE,	/* linear-map address 1 GiB past the end of RAM */
	P_FREED,	/* a vmalloc() area after vfree() */
	P_GUARD,	/* the guard page after a vmalloc() area */
	P_VMEMMAP,	/* a struct page */
	P_FIXMAP,	/* fix_to_virt(FIX_EARLYCON_MEM_BASE) */
	P_IOREMAP,	/* ioremap() of MMIO: see bad_input_find_mmio() */
	P_KMALLOC,	/* a good kmalloc() buffer, for the device rows */
};

/* Whose p2m the row runs on. */
enum bad_input_p2m {
	M_REAL,
	M_X86,
	M_ARM,
};

enum bad_input_want {
	W_FAIL,		/* the function's failure value */
	W_WARN,		/* the failure value, and a warning (once per boot) */
	W_TRUE,		/* true */
	W_VALUE,	/* .value */
	W_MMIO,		/* the physical (or bus) address behind the ioremap() */
	W_BUS,		/* the bus address of the kmalloc() buffer */
};

struct bad_input_case {
	enum bad_input_fn fn;
	const char *input;
	enum bad_input_dev dev;
	enum bad_input_ptr ptr;
	enum bad_input_p2m p2m;
	u64 addr;
	size_t size;
	enum bad_input_want want;
	u64 value;
};

#define R_FAIL		.want = W_FAIL
#define R_WARN		.want = W_WARN
#define R_TRUE		.want = W_TRUE
#define R_VAL(v)	.want = W_VALUE, .value = (v)
#define R_MMIO		.want = W_MMIO
#define R_BUS		.want = W_BUS

/* A row whose input is an address (and a size) on the fake p2m @m. */
#define ADDR(f, in, d, m, a, s, r)					\
	{ .fn = F_##f, .input = in, .dev = D_##d, .ptr = P_NONE,	\
	  .p2m = M_##m, .addr = (a), .size = (s), r }

/* A row whose input is a pointer, on the kernel's own p2m. */
#define PTR(f, in, d, p, r)						\
	{ .fn = F_##f, .input = in, .dev = D_##d, .ptr = P_##p,	\
	  .p2m = M_REAL, r }

#define TOP		((u64)(phys_addr_t)-1)
/* The DMA side's top: the same as TOP but where a phys_addr_t is 32 bits. */
#define DMA_TOP		((u64)(dma_addr_t)-1)

static const struct bad_input_case bad_input_cases[] = {
	/* The device. */
	ADDR(PHYS_TO_DMA, "NULL device", NULL, X86, 0x1000, 0, R_WARN),
	ADDR(DMA_TO_PHYS, "NULL device", NULL, X86, 0x1000, 0, R_WARN),
	ADDR(DMA_TO_BUS, "NULL device", NULL, X86, 0x1000, 0, R_WARN),
	PTR(VIRT_TO_DMA, "NULL device", NULL, KMALLOC, R_WARN),
	ADDR(CAPABLE, "NULL device", NULL, X86, 0x1000, SZ_4K, R_WARN),
	ADDR(PHYS_TO_DMA, "device without a mask", NO_MASK, X86, 0x1000, 0, R_VAL(0x1000)),
	ADDR(DMA_TO_PHYS, "device without a mask", NO_MASK, X86, 0x1000, 0, R_VAL(0x1000)),
	ADDR(DMA_TO_BUS, "device without a mask", NO_MASK, X86, 0x1000, 0, R_VAL(0x1000)),
	PTR(VIRT_TO_DMA, "device without a mask", NO_MASK, KMALLOC, R_BUS),
	ADDR(CAPABLE, "device without a mask", NO_MASK, X86, 0x1000, SZ_4K, R_FAIL),
	ADDR(CAPABLE, "mask of 0", ZERO_MASK, X86, 0x1000, SZ_4K, R_FAIL),
	ADDR(PHYS_TO_DMA, "no map", NO_MAP, X86, 0x12345678, 0, R_VAL(0x12345678)),
	ADDR(DMA_TO_PHYS, "no map", NO_MAP, X86, 0x12345678, 0, R_VAL(0x12345678)),
	ADDR(DMA_TO_BUS, "no map", NO_MAP, X86, 0x12345678, 0, R_VAL(0x12345678)),
	PTR(VIRT_TO_DMA, "no map", NO_MAP, KMALLOC, R_BUS),
	ADDR(CAPABLE, "no map", NO_MAP, X86, 0x1000, SZ_4K, R_TRUE),
	ADDR(PHYS_TO_DMA, "empty map", EMPTY, X86, 0x1000, 0, R_FAIL),
	ADDR(DMA_TO_PHYS, "empty map", EMPTY, X86, 0x1000, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "empty map", EMPTY, X86, 0x1000, 0, R_FAIL),
	PTR(VIRT_TO_DMA, "empty map", EMPTY, KMALLOC, R_FAIL),
	ADDR(CAPABLE, "empty map", EMPTY, X86, 0x1000, SZ_4K, R_FAIL),

	/* Addresses just outside each region. */
	ADDR(PHYS_TO_DMA, "rpi4: one past the region", RPI4, X86, 0x40000000, 0, R_FAIL),
	ADDR(DMA_TO_PHYS, "rpi4: one below the region", RPI4, X86, 0xbfffffff, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "rpi4: one below the region", RPI4, X86, 0xbfffffff, 0, R_FAIL),
	ADDR(DMA_TO_PHYS, "rpi4: one past the region", RPI4, X86, 0x100000000ULL, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "rpi4: one past the region", RPI4, X86, 0x100000000ULL, 0, R_FAIL),
	ADDR(CAPABLE, "rpi4: ends one past the region", RPI4, X86, 0x3ffff000, SZ_4K + 1, R_FAIL),
	ADDR(PHYS_TO_DMA, "holes: one past region 1", HOLES, X86, 0x10000000, 0, R_FAIL),
	ADDR(PHYS_TO_DMA, "holes: one below region 2", HOLES, X86, 0x3fffffff, 0, R_FAIL),
	ADDR(PHYS_TO_DMA, "holes: past region 2", HOLES, X86, 0x50001000, 0, R_FAIL),
	ADDR(DMA_TO_PHYS, "holes: one below region 1", HOLES, X86, 0x7fffffff, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "holes: one below region 1", HOLES, X86, 0x7fffffff, 0, R_FAIL),
	ADDR(DMA_TO_PHYS, "holes: one past region 1", HOLES, X86, 0x90000000, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "holes: one past region 1", HOLES, X86, 0x90000000, 0, R_FAIL),
	ADDR(DMA_TO_PHYS, "holes: one below region 2", HOLES, X86, 0x1fffffff, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "holes: one below region 2", HOLES, X86, 0x1fffffff, 0, R_FAIL),
	ADDR(DMA_TO_PHYS, "holes: one past region 2", HOLES, X86, 0x30000000, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "holes: one past region 2", HOLES, X86, 0x30000000, 0, R_FAIL),
	ADDR(CAPABLE, "holes: ends one past region 1", HOLES, X86, 0x0ffff000, SZ_4K + 1, R_FAIL),
	ADDR(CAPABLE, "holes: starts one below region 2", HOLES, X86, 0x3fffffff, 2, R_FAIL),
	ADDR(CAPABLE, "holes: ends one past region 2", HOLES, X86, 0x4ffff000, SZ_4K + 1, R_FAIL),

	/* The top of the address space and the error values as input. */
	ADDR(PHYS_TO_DMA, "(phys_addr_t)-1", NO_MAP, X86, TOP, 0, R_FAIL),
	ADDR(PHYS_TO_DMA, "(phys_addr_t)-1 in a map", RPI4, X86, TOP, 0, R_FAIL),
	ADDR(PHYS_TO_DMA, "last byte but one", NO_MAP, X86, TOP - 1, 0, R_VAL(TOP - 1)),
	ADDR(PHYS_TO_DMA, "last byte but one in a map", RPI4, X86, TOP - 1, 0, R_FAIL),
	ADDR(DMA_TO_PHYS, "DMA_MAPPING_ERROR", NO_MAP, X86, DMA_MAPPING_ERROR, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "DMA_MAPPING_ERROR", NO_MAP, X86, DMA_MAPPING_ERROR, 0, R_FAIL),
	ADDR(DMA_TO_PHYS, "DMA_MAPPING_ERROR in a map", RPI4, X86, DMA_MAPPING_ERROR, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "DMA_MAPPING_ERROR in a map", RPI4, X86, DMA_MAPPING_ERROR, 0, R_FAIL),
	ADDR(DMA_TO_PHYS, "last byte but one", NO_MAP, X86, TOP - 1, 0, R_VAL(TOP - 1)),
	ADDR(DMA_TO_BUS, "last byte but one", NO_MAP, X86, TOP - 1, 0, R_VAL(TOP - 1)),
	ADDR(DMA_TO_PHYS, "last byte but one in a map", RPI4, X86, DMA_TOP - 1, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "last byte but one in a map", RPI4, X86, DMA_TOP - 1, 0, R_FAIL),
	ADDR(CONTIGUOUS, "(phys_addr_t)-1, one byte", NONE, X86, TOP, 1, R_TRUE),
	ADDR(CONTIGUOUS, "(phys_addr_t)-1, two bytes", NONE, X86, TOP, 2, R_FAIL),
	ADDR(CONTIGUOUS, "last frame, ends at the top", NONE, X86, TOP - 0xfff, SZ_4K, R_TRUE),
	ADDR(CAPABLE, "(phys_addr_t)-1, one byte", NO_MAP, X86, TOP, 1, R_FAIL),
	ADDR(CAPABLE, "last frame, ends at the top", NO_MAP, X86, TOP - 0xfff, SZ_4K, R_FAIL),
	ADDR(CAPABLE, "last frame, ends below the top", NO_MAP, X86, TOP - 0xfff, 0xfff, R_TRUE),

	/* Sizes. */
	ADDR(CONTIGUOUS, "size 0", NONE, X86, 0x1000, 0, R_TRUE),
	ADDR(CONTIGUOUS, "size 0 at (phys_addr_t)-1", NONE, X86, TOP, 0, R_TRUE),
	/* Zero bytes: judged as the address itself, as dma_capable() does. */
	ADDR(CAPABLE, "size 0", NO_MAP, X86, 0x1000, 0, R_TRUE),
	ADDR(CAPABLE, "size 0 at (phys_addr_t)-1", NO_MAP, X86, TOP, 0, R_FAIL),
	ADDR(CONTIGUOUS, "size SIZE_MAX", NONE, X86, 0x1000, SIZE_MAX, R_FAIL),
	ADDR(CONTIGUOUS, "size wraps past the top", NONE, X86, TOP - 0xfff, SZ_8K, R_FAIL),
	ADDR(CONTIGUOUS, "size one past the top", NONE, X86, TOP - 0xfff, SZ_4K + 1, R_FAIL),
	ADDR(CAPABLE, "size SIZE_MAX", NO_MAP, X86, 0x1000, SIZE_MAX, R_FAIL),
	ADDR(CAPABLE, "size wraps past the top", NO_MAP, X86, TOP - 0xfff, SZ_8K, R_FAIL),

	/* Foreign and missing frames. */
	ADDR(PHYS_TO_DMA, "pfn of a foreign frame", NO_MAP, X86, 0x103010, 0, R_VAL(0x3ff00010)),
	ADDR(DMA_TO_PHYS, "foreign bus frame", NO_MAP, X86, 0x3ff00010, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "foreign bus frame", NO_MAP, X86, 0x3ff00010, 0, R_VAL(0x3ff00010)),
	ADDR(DMA_TO_BUS, "old bus frame of a foreign-mapped pfn (Arm)", NO_MAP, ARM, 0x103010, 0,
	     R_VAL(0x103010)),
	ADDR(DMA_TO_PHYS, "old bus frame of a foreign-mapped pfn (Arm)", NO_MAP, ARM, 0x103010, 0,
	     R_FAIL),
	ADDR(DMA_TO_PHYS, "bus frame whose pfn moved away", NO_MAP, X86, 0x100000, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "bus frame whose pfn moved away", NO_MAP, X86, 0x100000, 0,
	     R_VAL(0x100000)),
	ADDR(PHYS_TO_DMA, "pfn without a bus frame", NO_MAP, X86, 0x104000, 0, R_FAIL),
	ADDR(CONTIGUOUS, "moved frame then foreign frame", NONE, X86, 0x102000, SZ_8K, R_FAIL),
	ADDR(CONTIGUOUS, "foreign frame then missing frame", NONE, X86, 0x103000, SZ_8K, R_FAIL),
	ADDR(CONTIGUOUS, "foreign frame alone", NONE, X86, 0x103000, SZ_4K, R_TRUE),
	ADDR(CAPABLE, "foreign frame above a 29-bit mask", M29, X86, 0x103000, SZ_4K, R_FAIL),
	ADDR(CAPABLE, "pfn without a bus frame", NO_MAP, X86, 0x104000, 1, R_FAIL),

	/* Maps that a malformed dma-ranges can produce. */
	ADDR(PHYS_TO_DMA, "zero-size region first", ZERO_FIRST, X86, 0x1000, 0, R_FAIL),
	ADDR(DMA_TO_PHYS, "zero-size region first", ZERO_FIRST, X86, 0x1000, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "zero-size region first", ZERO_FIRST, X86, 0x1000, 0, R_FAIL),
	ADDR(CAPABLE, "zero-size region first", ZERO_FIRST, X86, 0x1000, SZ_4K, R_FAIL),
	ADDR(PHYS_TO_DMA, "before a zero-size region", ZERO_MID, X86, 0x1000, 0, R_VAL(0x80001000)),
	ADDR(PHYS_TO_DMA, "after a zero-size region", ZERO_MID, X86, 0x200000, 0, R_FAIL),
	ADDR(DMA_TO_PHYS, "after a zero-size region", ZERO_MID, X86, 0x200000, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "after a zero-size region", ZERO_MID, X86, 0x200000, 0, R_FAIL),
	ADDR(PHYS_TO_DMA, "overlap: first wins", OVERLAP, X86, 0x300000, 0, R_VAL(0x80300000)),
	ADDR(PHYS_TO_DMA, "overlap: past the first", OVERLAP, X86, 0x500000, 0, R_VAL(0x40300000)),
	ADDR(DMA_TO_PHYS, "overlap: second region", OVERLAP, X86, 0x40000000, 0, R_VAL(0x200000)),
	ADDR(DMA_TO_BUS, "overlap: second region", OVERLAP, X86, 0x40000000, 0, R_VAL(0x200000)),
	ADDR(CAPABLE, "overlap: leaves the first match", OVERLAP, X86, 0x300000, SZ_2M, R_FAIL),
	ADDR(CAPABLE, "overlap: inside the first match", OVERLAP, X86, 0x3ff000, SZ_4K, R_TRUE),
	ADDR(DMA_TO_PHYS, "DMA overlap: first wins", OVERLAP_DMA, X86, 0x80300000, 0,
	     R_VAL(0x300000)),
	ADDR(DMA_TO_BUS, "DMA overlap: first wins", OVERLAP_DMA, X86, 0x80300000, 0,
	     R_VAL(0x300000)),
	ADDR(DMA_TO_PHYS, "DMA overlap: past the first", OVERLAP_DMA, X86, 0x80500000, 0,
	     R_VAL(0x10300000)),
	ADDR(PHYS_TO_DMA, "DMA overlap: no round trip", OVERLAP_DMA, X86, 0x10100000, 0,
	     R_VAL(0x80300000)),
	ADDR(PHYS_TO_DMA, "CPU wraps: in the region", WRAP_CPU, X86, TOP - 0xfffff, 0, R_FAIL),
	ADDR(PHYS_TO_DMA, "CPU wraps: next region", WRAP_CPU, X86, 0x1000, 0, R_VAL(0x10001000)),
	ADDR(DMA_TO_PHYS, "CPU wraps: in the region", WRAP_CPU, X86, 0x150000, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "CPU wraps: in the region", WRAP_CPU, X86, 0x150000, 0, R_FAIL),
	ADDR(CAPABLE, "CPU wraps: in the region", WRAP_CPU, X86, TOP - 0xfffff, SZ_4K, R_FAIL),
	ADDR(PHYS_TO_DMA, "DMA wraps: below the wrap", WRAP_DMA, X86, 0x1000, 0, R_FAIL),
	ADDR(PHYS_TO_DMA, "DMA wraps: past the wrap", WRAP_DMA, X86, 0x150000, 0, R_FAIL),
	ADDR(DMA_TO_PHYS, "DMA wraps: wrapped part", WRAP_DMA, X86, 0x50000, 0, R_FAIL),
	ADDR(DMA_TO_BUS, "DMA wraps: wrapped part", WRAP_DMA, X86, 0x50000, 0, R_FAIL),
	ADDR(CAPABLE, "DMA wraps: below the wrap", WRAP_DMA, X86, 0x1000, SZ_4K, R_FAIL),

	/* Pointers. */
	PTR(VIRT_TO_PHYS, "NULL", NONE, NULL, R_FAIL),
	PTR(VIRT_TO_PAGE, "NULL", NONE, NULL, R_FAIL),
	PTR(VIRT_TO_DMA, "NULL", NO_MAP, NULL, R_FAIL),
	PTR(VIRT_TO_PHYS, "NULL + 0x10", NONE, NULL_OFFSET, R_FAIL),
	PTR(VIRT_TO_PAGE, "NULL + 0x10", NONE, NULL_OFFSET, R_FAIL),
	PTR(VIRT_TO_DMA, "NULL + 0x10", NO_MAP, NULL_OFFSET, R_FAIL),
	PTR(VIRT_TO_PHYS, "ERR_PTR(-EINVAL)", NONE, ERR_EINVAL, R_FAIL),
	PTR(VIRT_TO_PAGE, "ERR_PTR(-EINVAL)", NONE, ERR_EINVAL, R_FAIL),
	PTR(VIRT_TO_DMA, "ERR_PTR(-EINVAL)", NO_MAP, ERR_EINVAL, R_FAIL),
	PTR(VIRT_TO_PHYS, "ERR_PTR(-MAX_ERRNO)", NONE, ERR_MAX, R_FAIL),
	PTR(VIRT_TO_PAGE, "ERR_PTR(-MAX_ERRNO)", NONE, ERR_MAX, R_FAIL),
	PTR(VIRT_TO_DMA, "ERR_PTR(-MAX_ERRNO)", NO_MAP, ERR_MAX, R_FAIL),
	PTR(VIRT_TO_PHYS, "user address", NONE, USER, R_FAIL),
	PTR(VIRT_TO_PAGE, "user address", NONE, USER, R_FAIL),
	PTR(VIRT_TO_DMA, "user address", NO_MAP, USER, R_FAIL),
	PTR(VIRT_TO_PHYS, "high user address", NONE, USER_HIGH, R_FAIL),
	PTR(VIRT_TO_PAGE, "high user address", NONE, USER_HIGH, R_FAIL),
	PTR(VIRT_TO_DMA, "high user address", NO_MAP, USER_HIGH, R_FAIL),
	PTR(VIRT_TO_PHYS, "top bit only", NONE, TOP_BIT, R_FAIL),
	PTR(VIRT_TO_PAGE, "top bit only", NONE, TOP_BIT, R_FAIL),
	PTR(VIRT_TO_DMA, "top bit only", NO_MAP, TOP_BIT, R_FAIL),
	PTR(VIRT_TO_PHYS, "linear map past RAM", NONE, LINEAR_HOLE, R_FAIL),
	PTR(VIRT_TO_PAGE, "linear map past RAM", NONE, LINEAR_HOLE, R_FAIL),
	PTR(VIRT_TO_DMA, "linear map past RAM", NO_MAP, LINEAR_HOLE, R_FAIL),
	PTR(VIRT_TO_PHYS, "freed vmalloc", NONE, FREED, R_FAIL),
	PTR(VIRT_TO_PAGE, "freed vmalloc", NONE, FREED, R_FAIL),
	PTR(VIRT_TO_DMA, "freed vmalloc", NO_MAP, FREED, R_FAIL),
	PTR(VIRT_TO_PHYS, "vmalloc guard page", NONE, GUARD, R_FAIL),
	PTR(VIRT_TO_PAGE, "vmalloc guard page", NONE, GUARD, R_FAIL),
	PTR(VIRT_TO_DMA, "vmalloc guard page", NO_MAP, GUARD, R_FAIL),
	PTR(VIRT_TO_PHYS, "struct page (vmemmap)", NONE, VMEMMAP, R_FAIL),
	PTR(VIRT_TO_PAGE, "struct page (vmemmap)", NONE, VMEMMAP, R_FAIL),
	PTR(VIRT_TO_DMA, "struct page (vmemmap)", NO_MAP, VMEMMAP, R_FAIL),
	PTR(VIRT_TO_PHYS, "fixmap slot", NONE, FIXMAP, R_FAIL),
	PTR(VIRT_TO_PAGE, "fixmap slot", NONE, FIXMAP, R_FAIL),
	PTR(VIRT_TO_DMA, "fixmap slot", NO_MAP, FIXMAP, R_FAIL),
	PTR(VIRT_TO_PHYS, "ioremap() of MMIO", NONE, IOREMAP, R_MMIO),
	PTR(VIRT_TO_PAGE, "ioremap() of MMIO", NONE, IOREMAP, R_FAIL),
	PTR(VIRT_TO_DMA, "ioremap() of MMIO", NO_MAP, IOREMAP, R_MMIO),
};

#undef TOP
#undef PTR
#undef ADDR
#undef R_BUS
#undef R_MMIO
#undef R_VAL
#undef R_TRUE
#undef R_WARN
#undef R_FAIL

#endif /* _XEN_DMA_XLATE_BAD_INPUT_CASES_H */
