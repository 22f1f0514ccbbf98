// SPDX-License-Identifier: GPL-2.0
/*
 * Check (b): real DMA to addresses that only the library computed.
 *
 * Each round trip writes a pattern, lets the device read it (RAM -> device),
 * clears the buffer, lets the device write it back (device -> RAM) and
 * compares: the pattern returns only if both transfers hit the right
 * machine frames.  Canary bytes around the range must stay untouched.
 *
 * The edu device reaches 2^28 bytes only, and much of dom0's memory lies
 * above that (the harness sizes the VM so that part of it lies below), so
 * kmalloc and vmalloc buffers are allocated again until the library says
 * the device can reach them; xen_dma_capable() is the only judge, and the
 * misses stay allocated until the end so that the allocator does not hand
 * them back.
 */
#include <linux/dma-mapping.h>
#include <linux/mm.h>
#include <linux/pci.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <xen/dma-xlate.h>

#include "e2e.h"

#define E2E_TRIES	16384	/* 128 MiB of kmalloc, 64 MiB of vmalloc at most */
/* Fail an allocation rather than wake the OOM killer, which would kill insmod. */
#define E2E_GFP		(GFP_KERNEL | __GFP_NORETRY | __GFP_NOWARN)
#define E2E_CANARY	64
#define E2E_STRADDLE	2048	/* bytes, half on each side of a page boundary */

/* Round trip through the device at @cpu (DMA address @dma); 0 or errno. */
static int e2e_round_trip(struct e2e_edu *edu, u8 *cpu, dma_addr_t dma,
			  size_t len, size_t *bad)
{
	size_t i;
	int ret;

	memset(cpu - E2E_CANARY, 0xcc, len + 2 * E2E_CANARY);
	for (i = 0; i < len; i++)
		cpu[i] = (u8)(i * 7 + (i >> 8) + 1);
	ret = e2e_edu_to_device(edu, dma, len);
	if (ret)
		return ret;
	memset(cpu, 0, len);
	ret = e2e_edu_to_ram(edu, dma, len);
	if (ret)
		return ret;
	*bad = 0;
	for (i = 0; i < len; i++)
		*bad += cpu[i] != (u8)(i * 7 + (i >> 8) + 1);
	for (i = 0; i < E2E_CANARY; i++)
		*bad += ((cpu - E2E_CANARY)[i] != 0xcc) + (cpu[len + i] != 0xcc);
	return 0;
}

/*
 * Run and report one round trip over [@cpu, @cpu + @len), whose DMA
 * address comes from the library; the range must be capable.
 */
static void e2e_dma_check(struct e2e_edu *edu, const char *name, u8 *cpu,
			  size_t len, const char *how)
{
	struct device *dev = &edu->pdev->dev;
	dma_addr_t dma = xen_virt_to_dma(dev, cpu);
	size_t bad = len;
	int ret;

	if (!xen_dma_capable(dev, xen_virt_to_phys(cpu), len)) {
		e2e_report(name, E2E_FAIL, "%s: range %pad+%zu not capable", how, &dma, len);
		return;
	}
	ret = e2e_round_trip(edu, cpu, dma, len, &bad);
	e2e_report(name, !ret && !bad ? E2E_PASS : E2E_FAIL,
		   "%s: dma %pad bytes=%zu mismatches=%zu err=%d",
		   how, &dma, len, bad, ret);
}

/* A capable kmalloc buffer of two pages, or NULL; misses go on *@misses. */
static u8 *e2e_capable_kmalloc(struct device *dev, void **misses, int *tries)
{
	void *buf;

	for (*tries = 1; *tries <= E2E_TRIES; (*tries)++) {
		buf = kmalloc(2 * PAGE_SIZE, E2E_GFP);
		if (!buf)
			return NULL;
		if (xen_dma_capable(dev, xen_virt_to_phys(buf), 2 * PAGE_SIZE))
			return buf;
		*(void **)buf = *misses; /* the list lives in the misses */
		*misses = buf;
	}
	return NULL;
}

/* A vmalloc page the device can reach, or NULL; misses go on *@misses. */
static u8 *e2e_capable_vmalloc(struct device *dev, void **misses, int *tries)
{
	void *buf;

	for (*tries = 1; *tries <= E2E_TRIES; (*tries)++) {
		buf = __vmalloc(PAGE_SIZE, E2E_GFP);
		if (!buf)
			return NULL;
		if (xen_dma_capable(dev, xen_virt_to_phys(buf), PAGE_SIZE))
			return buf;
		*(void **)buf = *misses;
		*misses = buf;
	}
	return NULL;
}

static void e2e_free_list(void *list, void (*free)(const void *))
{
	void *next;

	for (; list; list = next) {
		next = *(void **)list;
		free(list);
	}
}

/**
 * e2e_check_dma() - Run check (b) and report it.
 * @edu: The device, with its 28-bit mask set.
 * @coherent: A dma_alloc_coherent() buffer of at least two pages.
 * @coherent_size: Its size.
 *
 * Context: Process context; sleeps.
 */
void e2e_check_dma(struct e2e_edu *edu, void *coherent, size_t coherent_size)
{
	struct device *dev = &edu->pdev->dev;
	void *kmisses = NULL, *vmisses = NULL;
	struct page *pages[2];
	u8 *kbuf, *vbuf, *map;
	int ktries, vtries;
	char how[64];

	/* Inside one page: the first byte's frame is the whole story. */
	e2e_dma_check(edu, "dma-coherent", (u8 *)coherent + 256, 1024,
		      "dma_alloc_coherent");
	/* Across a boundary, in one machine-contiguous range. */
	if (coherent_size >= 2 * PAGE_SIZE)
		e2e_dma_check(edu, "dma-coherent-straddle",
			      (u8 *)coherent + PAGE_SIZE - E2E_STRADDLE / 2,
			      E2E_STRADDLE, "dma_alloc_coherent");

	kbuf = e2e_capable_kmalloc(dev, &kmisses, &ktries);
	if (kbuf) {
		snprintf(how, sizeof(how), "kmalloc, try %d", ktries);
		e2e_dma_check(edu, "dma-kmalloc-straddle",
			      kbuf + PAGE_SIZE - E2E_STRADDLE / 2, E2E_STRADDLE, how);
	} else {
		e2e_report("dma-kmalloc-straddle", E2E_FAIL,
			   "no capable kmalloc buffer in %d tries", ktries - 1);
	}

	vbuf = e2e_capable_vmalloc(dev, &vmisses, &vtries);
	if (vbuf) {
		snprintf(how, sizeof(how), "vmalloc, try %d", vtries);
		e2e_dma_check(edu, "dma-vmalloc", vbuf + 128, 3000, how);
	} else {
		e2e_report("dma-vmalloc", E2E_FAIL,
			   "no capable vmalloc page in %d tries", vtries - 1);
	}

	/*
	 * vmalloc() takes its pages one at a time, so two of them in a row
	 * are machine-contiguous by chance only.  The straddling transfer
	 * through page tables uses vmap() of two pages that are: the library
	 * must walk both ptes and keep the offset.
	 */
	pages[0] = pfn_to_page(e2e_pfn_of(coherent));
	pages[1] = pfn_to_page(e2e_pfn_of((u8 *)coherent + PAGE_SIZE));
	map = vmap(pages, 2, VM_MAP, PAGE_KERNEL);
	if (map) {
		e2e_dma_check(edu, "dma-vmap-straddle",
			      map + PAGE_SIZE - E2E_STRADDLE / 2, E2E_STRADDLE,
			      "vmap of the coherent pages");
		vunmap(map);
	} else {
		e2e_report("dma-vmap-straddle", E2E_FAIL, "vmap failed");
	}

	kfree(kbuf);
	vfree(vbuf);
	e2e_free_list(kmisses, kfree);
	e2e_free_list(vmisses, vfree);
}
