// SPDX-License-Identifier: GPL-2.0
/*
 * Check a: a Raspberry Pi 4 style bus, whose legacy peripherals see RAM at
 * 0x40000000 as 0xc0000000 (dma-ranges <0x0 0xc0000000 0x0 0x40000000
 * 0x0 0x40000000>).  dom0's RAM on Arm is mapped 1:1, so the DMA address
 * of a physical address p in the window is p - cpu + dma: the expectation
 * comes from the property and that arithmetic, and the kernel's own
 * phys_to_dma() (which ignores Xen's p2m) must agree for dom0 RAM.
 */
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/slab.h>
#include <xen/dma-xlate.h>

#include "e2e.h"

/* Pages sampled across dom0's RAM, first and last included. */
#define E2E_RPI4_SAMPLES	64

static const size_t e2e_offsets[] = { 0, 1, 0x3ff, 0x801, 0xabd, PAGE_SIZE - 1 };
static const size_t e2e_kmalloc_sizes[] = { 1, 100, PAGE_SIZE, 3 * PAGE_SIZE, 64 * 1024 };

static dma_addr_t e2e_expect(const struct e2e_window *w, phys_addr_t p)
{
	if (p < w->cpu || p - w->cpu >= w->size)
		return DMA_MAPPING_ERROR;
	return p - w->cpu + w->dma;
}

struct e2e_tally {
	unsigned int tried, bad;
	phys_addr_t bad_phys;
	dma_addr_t bad_got, bad_want, bad_kernel;
	phys_addr_t bad_back;
};

/*
 * One address p whose DMA address the library gave as @got: library,
 * expectation, kernel and round trip must agree.
 */
static void e2e_one(struct device *dev, const struct e2e_window *w,
		    phys_addr_t p, dma_addr_t got, struct e2e_tally *t)
{
	dma_addr_t want = e2e_expect(w, p);
	dma_addr_t kernel = phys_to_dma(dev, p);
	phys_addr_t back = xen_dma_to_phys(dev, got);

	t->tried++;
	if (got == want && kernel == want && want != DMA_MAPPING_ERROR && back == p)
		return;
	if (!t->bad++) {
		t->bad_phys = p;
		t->bad_got = got;
		t->bad_want = want;
		t->bad_kernel = kernel;
		t->bad_back = back;
	}
}

static void e2e_tally_report(const char *name, const struct e2e_tally *t,
			     const char *what)
{
	if (!t->bad)
		e2e_report(name, E2E_PASS,
			   "%u %s: xen_phys_to_dma = p - cpu + dma = phys_to_dma, xen_dma_to_phys inverts",
			   t->tried, what);
	else
		e2e_report(name, E2E_FAIL,
			   "%u of %u %s wrong; first: phys %pa -> %pad, want %pad, phys_to_dma %pad, back %pa",
			   t->bad, t->tried, what, &t->bad_phys, &t->bad_got,
			   &t->bad_want, &t->bad_kernel, &t->bad_back);
}

static void e2e_rpi4_ram(struct device *dev, const struct e2e_window *w)
{
	struct e2e_tally t = { };
	phys_addr_t start, end, page, first_dma, last_dma;
	unsigned long pages, i;
	int k;

	if (e2e_dom0_ram(&start, &end)) {
		e2e_report("rpi4-ram", E2E_FAIL, "dom0's memory node not found or not one bank");
		return;
	}
	pages = (end - start) >> PAGE_SHIFT;
	for (i = 0; i < E2E_RPI4_SAMPLES; i++) {
		page = start + ((pages - 1) * i / (E2E_RPI4_SAMPLES - 1) << PAGE_SHIFT);
		for (k = 0; k < ARRAY_SIZE(e2e_offsets); k++)
			e2e_one(dev, w, page + e2e_offsets[k],
				xen_phys_to_dma(dev, page + e2e_offsets[k]), &t);
	}
	first_dma = xen_phys_to_dma(dev, start);
	last_dma = xen_phys_to_dma(dev, end - 1);
	pr_info(E2E_PREFIX "rpi4: dom0 RAM %pa-%pa is DMA %pa-%pa\n",
		&start, &end, &first_dma, &last_dma);
	e2e_tally_report("rpi4-ram", &t, "addresses in dom0 RAM (64 pages, 6 offsets each)");
}

static void e2e_rpi4_kmalloc(struct device *dev, const struct e2e_window *w)
{
	struct e2e_tally t = { };
	size_t size, offs[3];
	void *buf;
	int i, k;

	for (i = 0; i < ARRAY_SIZE(e2e_kmalloc_sizes); i++) {
		size = e2e_kmalloc_sizes[i];
		buf = kmalloc(size, GFP_KERNEL);
		if (!buf) {
			e2e_report("rpi4-kmalloc", E2E_FAIL, "kmalloc(%zu) failed", size);
			return;
		}
		offs[0] = 0;
		offs[1] = size / 2 | 1;
		offs[2] = size - 1;
		/*
		 * A linear-map address, where virt_to_phys() is right;
		 * xen_virt_to_dma() composes xen_virt_to_phys() with
		 * xen_phys_to_dma(), so both are checked here.
		 */
		for (k = 0; k < ARRAY_SIZE(offs); k++)
			e2e_one(dev, w, virt_to_phys(buf + offs[k]),
				xen_virt_to_dma(dev, buf + offs[k]), &t);
		kfree(buf);
	}
	e2e_tally_report("rpi4-kmalloc", &t,
			 "addresses in 5 kmalloc buffers (xen_virt_to_dma too)");
}

/* Just outside the window on both sides, and far away: no translation. */
static void e2e_rpi4_outside(struct device *dev, const struct e2e_window *w)
{
	const phys_addr_t phys[] = { w->cpu - 1, w->cpu + w->size, 0, 0x100000000ULL };
	const dma_addr_t dma[] = { w->dma - 1, w->dma + w->size, 0 };
	unsigned int i, bad = 0;

	for (i = 0; i < ARRAY_SIZE(phys); i++) {
		dma_addr_t got = xen_phys_to_dma(dev, phys[i]);
		dma_addr_t kernel = phys_to_dma(dev, phys[i]);

		if (got != DMA_MAPPING_ERROR || kernel != DMA_MAPPING_ERROR) {
			pr_info(E2E_PREFIX "rpi4: phys %pa -> %pad, phys_to_dma %pad\n",
				&phys[i], &got, &kernel);
			bad++;
		}
	}
	for (i = 0; i < ARRAY_SIZE(dma); i++) {
		phys_addr_t got = xen_dma_to_phys(dev, dma[i]);

		if (got != (phys_addr_t)-1) {
			pr_info(E2E_PREFIX "rpi4: dma %pad -> %pa\n", &dma[i], &got);
			bad++;
		}
	}
	if (bad)
		e2e_report("rpi4-outside", E2E_FAIL,
			   "%u of %zu addresses outside the window translated",
			   bad, ARRAY_SIZE(phys) + ARRAY_SIZE(dma));
	else
		e2e_report("rpi4-outside", E2E_PASS,
			   "phys %pa, %pa, 0, 4G -> DMA_MAPPING_ERROR (phys_to_dma agrees); dma %pad, %pad, 0 -> -1",
			   &phys[0], &phys[1], &dma[0], &dma[1]);
}

/**
 * e2e_check_rpi4() - Check a: translation through an offset window.
 * @dev: The rpi4-legacy device.
 *
 * Context: Process context.
 */
void e2e_check_rpi4(struct device *dev)
{
	struct e2e_window w[E2E_MAX_WINDOWS];
	int n = e2e_windows(dev, w, E2E_MAX_WINDOWS);

	if (n != 1 || !dev->dma_range_map) {
		e2e_report("rpi4-ram", E2E_FAIL, "dma-ranges: %d entries, dma_range_map %s",
			   n, dev->dma_range_map ? "set" : "missing");
		return;
	}
	pr_info(E2E_PREFIX "rpi4: dma-ranges dma %#llx cpu %#llx size %#llx\n",
		w[0].dma, w[0].cpu, w[0].size);
	e2e_rpi4_ram(dev, &w[0]);
	e2e_rpi4_kmalloc(dev, &w[0]);
	e2e_rpi4_outside(dev, &w[0]);
}
