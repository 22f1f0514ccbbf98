// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target for phys-dma.c and range.c, built unmodified against
 * the shims in include/.
 *
 * Each input is decoded into a device (0-16 DMA regions, zero-size,
 * overlapping and wrapping ones included; a DMA mask or none; a bus limit),
 * a p2m (not under Xen, or an x86 PV array with moved, missing and foreign
 * entries), a physical address, a DMA address and a size.  Invariants,
 * checked against an oracle written here independently of the library:
 *  (a) xen_phys_to_dma() errors or lands in the DMA side of the first
 *      region holding the bus address (the bus address itself without a
 *      map): never outside every region;
 *  (b) round trip: d = xen_phys_to_dma(p) valid, p's entry not foreign
 *      and the p2m model owning d's bus frame as p's, and the first region
 *      holding d on the DMA side the one that produced it (the kernel's
 *      first-match rule) => xen_dma_to_phys(d) == p;
 *  (c) xen_dma_capable(p, s) (s taken as 1 when 0) => xen_phys_range_contiguous(p, s), both
 *      xen_phys_to_dma(p) and xen_phys_to_dma(p + s - 1) valid, the second
 *      = the first + s - 1, and <= min_not_zero(mask, bus_dma_limit);
 *      the range leaves the region of its first byte only into regions
 *      that continue it on both the CPU and the DMA side;
 *  (d) ASan/UBSan clean (the region map is allocated to its exact length).
 * Any violation calls abort().
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <xen/dma-xlate.h>
#include <xen/page.h>
#include <xdx-p2m.h>

#define NO_PHYS		((phys_addr_t)-1)
#define MAX_REGIONS	16
#define MAX_FRAMES	64
/* Past this size the one-lookup-per-frame walk of a PV p2m is too slow. */
#define PV_MAX_SIZE	(1ULL << 26)

struct input {
	const uint8_t *p;
	size_t n;
};

static uint8_t get8(struct input *in)
{
	if (!in->n)
		return 0;
	in->n--;
	return *in->p++;
}

static uint64_t getn(struct input *in, int bytes)
{
	uint64_t v = 0;

	while (bytes--)
		v = v << 8 | get8(in);
	return v;
}

/* An address or size, biased towards the values that matter. */
static uint64_t get_val(struct input *in)
{
	uint8_t tag = get8(in);

	switch (tag % 8) {
	case 0:
		return getn(in, 1) << 12;			/* a low frame */
	case 1:
		return getn(in, 2) << 12 | getn(in, 2) % 0x1000;	/* frame + offset */
	case 2:
		return getn(in, 8);				/* anything */
	case 3:
		return ~0ULL - getn(in, 2);			/* near the top */
	case 4:
		return getn(in, 1);				/* tiny */
	case 5:
		return 1ULL << (getn(in, 1) % 64);		/* power of two */
	case 6:
		return (1ULL << (getn(in, 1) % 64)) - 1;	/* mask-like */
	default:
		return getn(in, 4) << 12;			/* any 44-bit frame */
	}
}

static uint64_t min_nz(uint64_t x, uint64_t y)
{
	if (!x)
		return y;
	if (!y)
		return x;
	return x < y ? x : y;
}

static bool wraps(const struct bus_dma_region *r)
{
	return r->size - 1 > ~0ULL - r->cpu_start || r->size - 1 > ~0ULL - r->dma_start;
}

/* Oracle: index of the first region whose CPU side holds @b, or -1. */
static int first_cpu(const struct bus_dma_region *map, int nr, uint64_t b)
{
	for (int i = 0; i < nr; i++)
		if (b >= map[i].cpu_start && b - map[i].cpu_start < map[i].size)
			return i;
	return -1;
}

static int first_dma(const struct bus_dma_region *map, int nr, uint64_t d)
{
	for (int i = 0; i < nr; i++)
		if (d >= map[i].dma_start && d - map[i].dma_start < map[i].size)
			return i;
	return -1;
}

/*
 * Oracle: the region that holds bus address @b among region @r and the
 * regions that continue it on the CPU and the DMA side alike (joined
 * regions, which a capable range may cross), or -1.
 */
static int chain_region(const struct bus_dma_region *map, int nr, int r, uint64_t b)
{
	/* each region once: wrapping regions could otherwise chain in a ring */
	for (int steps = 0; b - map[r].cpu_start >= map[r].size; steps++) {
		uint64_t next = map[r].cpu_start + map[r].size;
		int rn = first_cpu(map, nr, next);

		if (steps == nr || rn < 0 || rn == r || map[rn].cpu_start != next ||
		    map[rn].dma_start != map[r].dma_start + map[r].size)
			return -1;
		r = rn;
	}
	return r;
}

/* Oracle: bus address of @p from the model, or NO_PHYS. */
static uint64_t bus_of(uint64_t p)
{
	unsigned long bfn = xdx_p2m_pfn_to_bfn(p >> 12);

	if (bfn > (~0ULL >> 12))
		return NO_PHYS;
	return (uint64_t)bfn << 12 | (p & 0xfff);
}

/* The decoded input, printed when an invariant fails. */
static const struct bus_dma_region *cur_map;
static int cur_nvalid;
static const unsigned long *cur_frames;
static const bool *cur_foreign;
static int cur_nframes;
static bool cur_pv;
static const struct device *cur_dev;

static void dump(void)
{
	fprintf(stderr, "p2m: %s", cur_pv ? "x86 PV array" : "native (identity)");
	if (cur_pv)
		for (int i = 0; i < cur_nframes; i++)
			if (cur_frames[i] != (unsigned long)i)
				fprintf(stderr, " %#x->%#lx%s", i, cur_frames[i],
					cur_foreign[i] ? "(foreign)" : "");
	fprintf(stderr, "\nmask %s%#llx bus_dma_limit %#llx\n",
		cur_dev->dma_mask ? "" : "(none) ",
		cur_dev->dma_mask ? (unsigned long long)*cur_dev->dma_mask : 0ULL,
		(unsigned long long)cur_dev->bus_dma_limit);
	if (!cur_map)
		fprintf(stderr, "no dma_range_map\n");
	for (int i = 0; cur_map && i < cur_nvalid; i++)
		fprintf(stderr, "region %d: cpu %#llx dma %#llx size %#llx\n", i,
			(unsigned long long)cur_map[i].cpu_start,
			(unsigned long long)cur_map[i].dma_start,
			(unsigned long long)cur_map[i].size);
}

#define CHECK(cond, ...) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "invariant violated: %s: ", #cond);	\
		fprintf(stderr, __VA_ARGS__);				\
		fputc('\n', stderr);					\
		dump();							\
		abort();						\
	}								\
} while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct input in = { data, size };
	struct bus_dma_region *map = NULL;
	unsigned long frames[MAX_FRAMES];
	bool foreign[MAX_FRAMES];
	struct device dev = { 0 };
	uint64_t mask, p, s, d, dp, last;
	int nregions, nvalid, nframes, ri;
	uint8_t flags = get8(&in);
	bool pv = flags & 1, has_map = flags & 2;

	/* Regions, then a size-0 terminator; a size-0 region ends the map early. */
	nregions = get8(&in) % (MAX_REGIONS + 1);
	if (has_map) {
		map = malloc((nregions + 1) * sizeof(*map));
		if (!map)
			return 0;
		for (int i = 0; i < nregions; i++) {
			uint8_t kind = get8(&in);

			map[i].cpu_start = get_val(&in);
			switch (kind % 4) {
			case 0:		/* same start on both sides */
				map[i].dma_start = map[i].cpu_start;
				break;
			case 1:		/* shifted by a frame count */
				map[i].dma_start = map[i].cpu_start + (get_val(&in) & ~0xfffULL);
				break;
			default:
				map[i].dma_start = get_val(&in);
			}
			map[i].size = get_val(&in);
			map[i].offset = map[i].cpu_start - map[i].dma_start;
		}
		memset(&map[nregions], 0, sizeof(map[nregions]));
		map[nregions].cpu_start = get_val(&in);	/* junk the walk must not read */
		for (nvalid = 0; nvalid < nregions && map[nvalid].size; nvalid++)
			;
	} else {
		nvalid = 0;
	}
	dev.dma_range_map = map;

	/* p2m: pfns 0..nframes-1 from the input, the identity above. */
	nframes = get8(&in) % (MAX_FRAMES + 1);
	for (int i = 0; i < nframes; i++) {
		uint8_t kind = get8(&in);

		foreign[i] = false;
		switch (kind % 6) {
		case 0:
			frames[i] = i;
			break;
		case 1:
			frames[i] = INVALID_P2M_ENTRY;
			break;
		case 2:		/* moved */
			frames[i] = getn(&in, 2);
			break;
		case 3:		/* foreign */
			frames[i] = getn(&in, 2);
			foreign[i] = true;
			break;
		case 4:		/* moved anywhere, even past the 52-bit limit */
			frames[i] = get_val(&in) >> (get8(&in) % 13);
			break;
		default:	/* continues the previous run */
			frames[i] = i ? frames[i - 1] + 1 : 0x1000;
		}
	}
	if (pv) {
		if (xdx_p2m_pv(frames, foreign, nframes))
			goto out;
	} else {
		xdx_p2m_native();
	}

	cur_map = map;
	cur_nvalid = nvalid;
	cur_frames = frames;
	cur_foreign = foreign;
	cur_nframes = nframes;
	cur_pv = pv;
	cur_dev = &dev;

	mask = get_val(&in);
	dev.dma_mask = (flags & 4) ? NULL : &mask;
	dev.bus_dma_limit = (flags & 8) ? get_val(&in) : 0;
	p = (flags & 16) ? get_val(&in) : (getn(&in, 1) % (MAX_FRAMES + 2)) << 12 | getn(&in, 2) % 0x1000;
	s = get_val(&in);
	if ((flags & 32) && nvalid) {
		/* End the range at (or one byte past) a region's CPU end. */
		uint8_t k = get8(&in);

		s = map[k % nvalid].cpu_start + map[k % nvalid].size - p + (k >> 7);
	}
	if (pv && s > PV_MAX_SIZE && p + (s - 1) >= p)
		s %= PV_MAX_SIZE;
	dp = get_val(&in);

	/* (a) and (b) for p. */
	d = xen_phys_to_dma(&dev, p);
	{
		uint64_t b = p == NO_PHYS ? NO_PHYS : bus_of(p);
		uint64_t want = DMA_MAPPING_ERROR;

		if (b != NO_PHYS) {
			if (!map) {
				want = b;
			} else {
				ri = first_cpu(map, nvalid, b);
				if (ri >= 0 && !wraps(&map[ri]))
					want = b - map[ri].cpu_start + map[ri].dma_start;
			}
		}
		CHECK(d == want, "p %#llx d %#llx want %#llx",
		      (unsigned long long)p, (unsigned long long)d, (unsigned long long)want);
		if (d != DMA_MAPPING_ERROR && map) {
			ri = first_cpu(map, nvalid, b);
			CHECK(ri >= 0 && d - map[ri].dma_start < map[ri].size,
			      "d %#llx outside its region", (unsigned long long)d);
		}
		if (d != DMA_MAPPING_ERROR && !xdx_p2m_is_foreign(p >> 12) &&
		    xdx_p2m_bfn_to_pfn(b >> 12) == p >> 12 &&
		    (!map || first_dma(map, nvalid, d) == first_cpu(map, nvalid, b))) {
			phys_addr_t back = xen_dma_to_phys(&dev, d);

			CHECK(back == p, "p %#llx d %#llx back %#llx",
			      (unsigned long long)p, (unsigned long long)d,
			      (unsigned long long)back);
		}
	}

	/* xen_dma_to_phys() of an arbitrary address: no UB, and consistent. */
	{
		phys_addr_t q = xen_dma_to_phys(&dev, dp);

		if (q != NO_PHYS) {
			d = xen_phys_to_dma(&dev, q);
			int r = map ? first_cpu(map, nvalid, bus_of(q)) : -1;

			/*
			 * The bus frame went back to q's pfn, so forward finds a
			 * region, unless the first region holding it wraps or
			 * maps it onto the error value itself (regions that
			 * overlap on the CPU side: crashes/overlap-sentinel).
			 */
			CHECK(d != DMA_MAPPING_ERROR ||
			      (r >= 0 && (wraps(&map[r]) ||
					  bus_of(q) - map[r].cpu_start + map[r].dma_start ==
					  DMA_MAPPING_ERROR)) ||
			      dp == DMA_MAPPING_ERROR,
			      "dma %#llx -> phys %#llx has no dma", (unsigned long long)dp,
			      (unsigned long long)q);
		}
	}

	/* (c) */
	if (xen_dma_capable(&dev, p, s)) {
		/* zero bytes are judged as the one byte at p */
		uint64_t first, lastd, s1 = s ? s : 1;

		CHECK(dev.dma_mask, "capable without a mask");
		last = p + (s1 - 1);
		CHECK(last >= p, "capable range wraps");
		CHECK(xen_phys_range_contiguous(p, s), "capable but not contiguous: p %#llx s %#llx",
		      (unsigned long long)p, (unsigned long long)s);
		first = xen_phys_to_dma(&dev, p);
		lastd = xen_phys_to_dma(&dev, last);
#ifndef XDX_STRICT_C
		/*
		 * First-match rule: when another region, earlier in the map
		 * than the one the range reaches its end through, overlaps
		 * that end on the CPU side, xen_phys_to_dma(last) legitimately
		 * goes through it (crashes/README.md, findings 1 and 4); the
		 * device's view is then the first byte's region and the
		 * regions that continue it.
		 */
		if (map) {
			int rf = first_cpu(map, nvalid, bus_of(p));
			int rl = first_cpu(map, nvalid, bus_of(last));
			int rc = rf < 0 ? -1 : chain_region(map, nvalid, rf, bus_of(last));

			if (rl >= 0 && rc >= 0 && rl != rc)
				lastd = first + (s1 - 1);
		}
#endif
		CHECK(first != DMA_MAPPING_ERROR && lastd != DMA_MAPPING_ERROR,
		      "p %#llx s %#llx: first %#llx last %#llx",
		      (unsigned long long)p, (unsigned long long)s,
		      (unsigned long long)first, (unsigned long long)lastd);
		CHECK(lastd == first + (s1 - 1),
		      "p %#llx s %#llx: first %#llx last %#llx",
		      (unsigned long long)p, (unsigned long long)s,
		      (unsigned long long)first, (unsigned long long)lastd);
		CHECK(lastd <= min_nz(mask, dev.bus_dma_limit),
		      "last %#llx above limit", (unsigned long long)lastd);
		if (map) {
			/*
			 * A capable range may leave the region of its first
			 * byte only into regions that continue it on the CPU
			 * and the DMA side alike.
			 */
			ri = first_cpu(map, nvalid, bus_of(p));
			CHECK(ri >= 0, "capable range outside every region");
			CHECK(chain_region(map, nvalid, ri, bus_of(p) + (s1 - 1)) >= 0,
			      "capable range crosses a region end where the DMA addresses jump");
		}
	}
	(void)xen_phys_range_contiguous(p, s);

out:
	free(map);
	return 0;
}
