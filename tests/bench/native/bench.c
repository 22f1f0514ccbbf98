// SPDX-License-Identifier: GPL-2.0
/*
 * Native micro-benchmark: the library's phys-dma.c and range.c, built
 * unmodified against tests/userspace/include/'s shims, timed against the
 * open-coded 6.1 swiotlb-xen translation of reference.c in the same
 * process, on the same inputs and p2m model.
 *
 *   bench [-r REPS] [-q] [-g GROUP]
 *
 * -q: a smoke run (few iterations); -g: only the cases of GROUP.
 *
 * Each case first checks, on every input, that the library and the
 * reference give the same answer (exit 1 otherwise): the two sides must do
 * the same work for their times to compare.  Then, REPS times, it times a
 * batch of calls of each side, in alternating order, so both share the
 * machine's load of that moment.  One line per case on stdout:
 *
 *   group name x lib_min lib_med lib_max ref_min ref_med ref_max
 *         ratio_med ratio_min ratio_max
 *
 * in ns per call; ratio is library / reference per repetition.
 */
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <xen/dma-xlate.h>
#include <xen/page.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "count-alloc.h"
#include "p2m-model.h"
#include "reference.h"

#define XBM_NR_INPUTS	1024
#define XBM_MAX_REPS	101
#define XBM_MIB		(1024UL * 1024)
/* Frames of one region in the region cases: 16 MiB. */
#define XBM_REGION_FRAMES	4096UL
/* p2m entries of the region and range cases: 256 MiB of dom0 memory. */
#define XBM_P2M_FRAMES		65536UL

unsigned long xdx_warnings;
/* The userspace shim's SME mask (linux/mem_encrypt.h): no SME here. */
u64 xdx_sme_me_mask;

enum xbm_kind { XBM_P2D, XBM_D2P, XBM_CONTIG, XBM_CAPABLE };

struct xbm_case {
	const char *group;
	char name[48];
	double x;
	enum xbm_kind kind;
	struct device *dev;
	size_t size;
	u64 in[XBM_NR_INPUTS];
};

static unsigned int reps = 31;
/* -g: time only the cases of this group (perf on one path). */
static const char *only_group;
static unsigned long base_iters = 20000;
static u64 seed = 0x9e3779b97f4a7c15ULL;
static u64 mask64 = ~0ULL;
/* Where results go so the compiler keeps every call. */
static u64 sink;

static u64 xbm_rand(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}

static double xbm_now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

static unsigned long xbm_scatter_pairs(unsigned long pfn)
{
	return pfn ^ 1;
}

static unsigned long xbm_moved_run(unsigned long pfn)
{
	return pfn + 16384;
}

/* One call of the library or the reference on input @in. */
static inline u64 xbm_call(const struct xbm_case *c, bool lib, u64 in)
{
	switch (c->kind) {
	case XBM_P2D:
		return lib ? xen_phys_to_dma(c->dev, in) : xbm_ref_phys_to_dma(c->dev, in);
	case XBM_D2P:
		return lib ? xen_dma_to_phys(c->dev, in) : xbm_ref_dma_to_phys(c->dev, in);
	case XBM_CONTIG:
		return lib ? xen_phys_range_contiguous(in, c->size) :
			     !xbm_ref_range_straddles(in, c->size);
	case XBM_CAPABLE:
		return lib ? xen_dma_capable(c->dev, in, c->size) :
			     xbm_ref_dma_capable(c->dev, in, c->size);
	}
	return 0;
}

/*
 * A loop per kind and side, so each timed call is a direct call with no
 * switch inside the loop.
 */
#define XBM_LOOP(expr) do {						\
	for (i = 0; i < iters; i++)					\
		acc += (expr);						\
} while (0)

static double xbm_time(const struct xbm_case *c, bool lib, unsigned long iters)
{
	const u64 *in = c->in;
	struct device *dev = c->dev;
	size_t size = c->size;
	unsigned long i;
	u64 acc = 0;
	double t0, t1;

	xbm_alloc_counting = 1;
	t0 = xbm_now_ns();
	switch (c->kind * 2 + lib) {
	case XBM_P2D * 2:
		XBM_LOOP(xbm_ref_phys_to_dma(dev, in[i % XBM_NR_INPUTS]));
		break;
	case XBM_P2D * 2 + 1:
		XBM_LOOP(xen_phys_to_dma(dev, in[i % XBM_NR_INPUTS]));
		break;
	case XBM_D2P * 2:
		XBM_LOOP(xbm_ref_dma_to_phys(dev, in[i % XBM_NR_INPUTS]));
		break;
	case XBM_D2P * 2 + 1:
		XBM_LOOP(xen_dma_to_phys(dev, in[i % XBM_NR_INPUTS]));
		break;
	case XBM_CONTIG * 2:
		XBM_LOOP(!xbm_ref_range_straddles(in[i % XBM_NR_INPUTS], size));
		break;
	case XBM_CONTIG * 2 + 1:
		XBM_LOOP(xen_phys_range_contiguous(in[i % XBM_NR_INPUTS], size));
		break;
	case XBM_CAPABLE * 2:
		XBM_LOOP(xbm_ref_dma_capable(dev, in[i % XBM_NR_INPUTS], size));
		break;
	case XBM_CAPABLE * 2 + 1:
		XBM_LOOP(xen_dma_capable(dev, in[i % XBM_NR_INPUTS], size));
		break;
	}
	t1 = xbm_now_ns();
	xbm_alloc_counting = 0;
	__atomic_store_n(&sink, sink ^ acc, __ATOMIC_RELAXED);
	return (t1 - t0) / iters;
}

static int xbm_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* Sorts @v; prints min, median and max. */
static void xbm_print_stats(double *v, unsigned int n, int precision)
{
	qsort(v, n, sizeof(*v), xbm_cmp);
	printf(" %.*f %.*f %.*f", precision, v[0], precision, v[n / 2], precision, v[n - 1]);
}

static void xbm_run(struct xbm_case *c, unsigned long frames)
{
	double lib[XBM_MAX_REPS], ref[XBM_MAX_REPS], ratio[XBM_MAX_REPS];
	unsigned long iters = base_iters / frames;
	unsigned int r, i;
	bool lib_first;

	if (only_group && strcmp(only_group, c->group))
		return;
	for (i = 0; i < XBM_NR_INPUTS; i++) {
		if (xbm_call(c, true, c->in[i]) != xbm_call(c, false, c->in[i])) {
			fprintf(stderr,
				"bench: %s %s: input 0x%llx: library 0x%llx, reference 0x%llx\n",
				c->group, c->name, (unsigned long long)c->in[i],
				(unsigned long long)xbm_call(c, true, c->in[i]),
				(unsigned long long)xbm_call(c, false, c->in[i]));
			exit(1);
		}
	}
	if (iters < 50)
		iters = 50;
	/* Warm caches and branch predictors on both sides. */
	xbm_time(c, true, iters);
	xbm_time(c, false, iters);
	for (r = 0; r < reps; r++) {
		lib_first = r & 1;
		if (lib_first)
			lib[r] = xbm_time(c, true, iters);
		ref[r] = xbm_time(c, false, iters);
		if (!lib_first)
			lib[r] = xbm_time(c, true, iters);
		ratio[r] = lib[r] / ref[r];
	}
	printf("%s %s %g", c->group, c->name, c->x);
	xbm_print_stats(lib, reps, 2);
	xbm_print_stats(ref, reps, 2);
	qsort(ratio, reps, sizeof(*ratio), xbm_cmp);
	printf(" %.3f %.3f %.3f\n", ratio[reps / 2], ratio[0], ratio[reps - 1]);
	fflush(stdout);
}

/* A map of @nr regions of XBM_REGION_FRAMES frames each, CPU side from 0. */
static struct bus_dma_region *xbm_regions(unsigned int nr, u64 region_size, u64 dma_base)
{
	struct bus_dma_region *map = calloc(nr + 1, sizeof(*map));
	unsigned int k;

	if (!map) {
		perror("bench");
		exit(1);
	}
	for (k = 0; k < nr; k++) {
		map[k].cpu_start = k * region_size;
		map[k].dma_start = dma_base + k * region_size;
		map[k].size = region_size;
		map[k].offset = map[k].cpu_start - map[k].dma_start;
	}
	return map;
}

static struct device *xbm_device(unsigned int nr_regions, u64 region_size, u64 dma_base)
{
	struct device *dev = calloc(1, sizeof(*dev));

	if (!dev) {
		perror("bench");
		exit(1);
	}
	dev->dma_mask = &mask64;
	dev->dma_range_map = nr_regions ? xbm_regions(nr_regions, region_size, dma_base) : NULL;
	return dev;
}

static void xbm_need(int err)
{
	if (err) {
		fprintf(stderr, "bench: out of memory\n");
		exit(1);
	}
}

/* phys<->dma with 0, 1, 4, 16 regions, hitting the first and the last. */
static void xbm_region_cases(struct xbm_case *c)
{
	static const unsigned int nr_regions[] = { 0, 1, 4, 16 };
	const u64 region_size = XBM_REGION_FRAMES << XEN_PAGE_SHIFT;
	unsigned int n, hit, k, i;
	struct device *dev;

	xbm_need(xbm_p2m_array(XBM_P2M_FRAMES, xbm_scatter_pairs));
	for (n = 0; n < 4; n++) {
		dev = xbm_device(nr_regions[n], region_size, 0xc0000000ULL);
		for (hit = 0; hit < (nr_regions[n] > 1 ? 2 : 1); hit++) {
			k = hit ? nr_regions[n] - 1 : 0;
			c->dev = dev;
			c->x = nr_regions[n];
			for (i = 0; i < XBM_NR_INPUTS; i++)
				c->in[i] = ((k * XBM_REGION_FRAMES + xbm_rand() % XBM_REGION_FRAMES)
					    << XEN_PAGE_SHIFT) | (xbm_rand() % XEN_PAGE_SIZE);
			c->group = "phys-to-dma";
			c->kind = XBM_P2D;
			snprintf(c->name, sizeof(c->name), "regions-%u-%s", nr_regions[n],
				 nr_regions[n] ? (hit ? "last" : "first") : "none");
			xbm_run(c, 1);
			/* The same addresses, back. */
			for (i = 0; i < XBM_NR_INPUTS; i++)
				c->in[i] = xen_phys_to_dma(dev, c->in[i]);
			c->group = "dma-to-phys";
			c->kind = XBM_D2P;
			xbm_run(c, 1);
		}
	}
}

/* Range checks of 4 KiB to 1 MiB; contiguous or broken at the first frame. */
static void xbm_range_cases(struct xbm_case *c)
{
	static const char *const groups[] = { "contiguous-run", "contiguous-break", "capable-run" };
	struct device *dev = xbm_device(1, 1ULL << 30, 0x80000000ULL);
	unsigned int g, i;
	size_t size;

	for (g = 0; g < 3; g++) {
		xbm_need(xbm_p2m_array(XBM_P2M_FRAMES,
				       g == 1 ? xbm_scatter_pairs : xbm_moved_run));
		for (size = 4096; size <= XBM_MIB; size *= 2) {
			c->group = groups[g];
			c->kind = g == 2 ? XBM_CAPABLE : XBM_CONTIG;
			c->dev = dev;
			c->size = size;
			c->x = size >> XEN_PAGE_SHIFT;
			snprintf(c->name, sizeof(c->name), "%zuKiB", size >> 10);
			for (i = 0; i < XBM_NR_INPUTS; i++)
				c->in[i] = (xbm_rand() % (XBM_P2M_FRAMES - 512)) << XEN_PAGE_SHIFT;
			xbm_run(c, g == 1 ? 2 : size >> XEN_PAGE_SHIFT);
		}
	}
}

/* One translation each way against p2m size: x86 array, Arm tree. */
static void xbm_scaling_cases(struct xbm_case *c)
{
	struct device *dev = xbm_device(1, 1ULL << 40, 0);
	unsigned long nr, first = 0x100000;
	unsigned int tree, way, i;

	for (tree = 0; tree < 2; tree++) {
		for (nr = 1; nr <= 65536; nr *= 4) {
			if (tree)
				xbm_need(xbm_p2m_tree(nr, first, 2, 0x200000));
			else
				xbm_need(xbm_p2m_array(nr, xbm_scatter_pairs));
			for (way = 0; way < 2; way++) {
				c->group = way ? (tree ? "dma-to-phys-tree" : "dma-to-phys-array") :
						 (tree ? "phys-to-dma-tree" : "phys-to-dma-array");
				c->kind = way ? XBM_D2P : XBM_P2D;
				c->dev = dev;
				c->x = nr;
				snprintf(c->name, sizeof(c->name), "entries-%lu", nr);
				/*
				 * Array: any mapped frame.  Tree: dom0's own
				 * frames between the foreign ones, the common
				 * case, each lookup a full miss.
				 */
				for (i = 0; i < XBM_NR_INPUTS; i++)
					c->in[i] = ((tree ? first + 2 * (xbm_rand() % nr) + 1 :
						     xbm_rand() % nr) << XEN_PAGE_SHIFT) | 0x123;
				if (way)
					for (i = 0; i < XBM_NR_INPUTS; i++)
						c->in[i] = xen_phys_to_dma(dev, c->in[i]);
				xbm_run(c, 1);
			}
			if (tree && nr == 65536)
				printf("# tree of %lu entries: leftmost path %u nodes\n",
				       nr, xbm_tree_depth());
		}
	}
}

int main(int argc, char **argv)
{
	struct xbm_case *c = calloc(1, sizeof(*c));
	int opt;

	while ((opt = getopt(argc, argv, "g:qr:")) != -1) {
		switch (opt) {
		case 'q':
			base_iters = 200;
			reps = 3;
			break;
		case 'r':
			reps = strtoul(optarg, NULL, 0);
			break;
		case 'g':
			only_group = optarg;
			break;
		default:
			fprintf(stderr, "usage: %s [-q] [-r REPS] [-g GROUP]\n", argv[0]);
			return 2;
		}
	}
	if (!c || reps < 1 || reps > XBM_MAX_REPS) {
		fprintf(stderr, "bench: REPS must be 1..%d\n", XBM_MAX_REPS);
		return 2;
	}
	printf("# group name x lib_min lib_med lib_max ref_min ref_med ref_max");
	printf(" ratio_med ratio_min ratio_max\n");
	printf("# reps %u, %lu calls per batch (divided by frames per call for range checks)\n",
	       reps, base_iters);
	xbm_region_cases(c);
	xbm_range_cases(c);
	xbm_scaling_cases(c);
	printf("# allocations during timed loops: %lu\n", xbm_allocations);
	printf("# warnings: %lu\n", xdx_warnings);
	return xbm_allocations || xdx_warnings;
}
