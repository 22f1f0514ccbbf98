// SPDX-License-Identifier: GPL-2.0
/*
 * Check d: vmalloc addresses.  virt_to_phys() is only defined for the
 * linear map; on arm64 it treats any other address as part of the kernel
 * image and subtracts kimage_voffset, which for a vmalloc address gives a
 * number that is no physical address at all.  xen_virt_to_phys() must walk
 * the page tables instead.  The wrong answer is computed only as
 * arithmetic, with __virt_to_phys_nodebug() (what virt_to_phys() expands to
 * without CONFIG_DEBUG_VIRTUAL); it is never dereferenced.
 */
#include <linux/io.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <xen/dma-xlate.h>

#include "e2e.h"

#define E2E_VMALLOC_PAGES	32

/* A value that differs for every page and every word in it. */
static u32 e2e_pattern(unsigned int page, size_t off)
{
	return 0xe2e00000 ^ page << 12 ^ off;
}

/**
 * e2e_check_vmalloc() - Check d: page-table walks for vmalloc memory.
 *
 * Context: Process context.
 */
void e2e_check_vmalloc(void)
{
	size_t size = E2E_VMALLOC_PAGES * PAGE_SIZE, off;
	unsigned int i, bad = 0, naive_equal = 0, breaks = 0, content_bad = 0;
	phys_addr_t got, want, naive, prev = 0;
	u8 *buf = vmalloc(size);
	u32 *word;

	if (!buf) {
		e2e_report("vmalloc-phys", E2E_FAIL, "vmalloc(%zu) failed", size);
		return;
	}
	for (i = 0; i < E2E_VMALLOC_PAGES; i++) {
		/* An odd offset that moves from page to page. */
		off = (size_t)i * PAGE_SIZE + ((i * 0x101 + 1) & (PAGE_SIZE - 1));
		got = xen_virt_to_phys(buf + off);
		want = page_to_phys(vmalloc_to_page(buf + off)) + offset_in_page(buf + off);
		naive = __virt_to_phys_nodebug((unsigned long)(buf + off));
		if (got != want || xen_virt_to_page(buf + off) != vmalloc_to_page(buf + off)) {
			if (!bad++)
				pr_info(E2E_PREFIX
					"vmalloc: page %u: xen_virt_to_phys %pa, vmalloc_to_page %pa\n",
					i, &got, &want);
		}
		if (naive == got)
			naive_equal++;
		if (i && PHYS_PFN(want) != PHYS_PFN(prev) + 1)
			breaks++;
		prev = want;
		if (i == 0)
			pr_info(E2E_PREFIX "vmalloc: page 0 -> %pa; virt_to_phys arithmetic would say %pa\n",
				&got, &naive);
	}
	if (bad || naive_equal)
		e2e_report("vmalloc-phys", E2E_FAIL,
			   "%u of %u pages wrong; virt_to_phys arithmetic agreed on %u",
			   bad, E2E_VMALLOC_PAGES, naive_equal);
	else
		e2e_report("vmalloc-phys", E2E_PASS,
			   "%u pages: xen_virt_to_phys = vmalloc_to_page + offset, != __virt_to_phys_nodebug; %u physical breaks",
			   E2E_VMALLOC_PAGES, breaks);

	/* Write through the vmalloc address, read through the linear map. */
	for (off = 0; off < size; off += sizeof(*word))
		*(u32 *)(buf + off) = e2e_pattern(off / PAGE_SIZE, off);
	for (off = 0; off < size; off += sizeof(*word)) {
		got = xen_virt_to_phys(buf + off);
		if (got == (phys_addr_t)-1) {
			content_bad++;
			continue;
		}
		word = phys_to_virt(got);
		if (*word != e2e_pattern(off / PAGE_SIZE, off))
			content_bad++;
	}
	if (content_bad)
		e2e_report("vmalloc-content", E2E_FAIL,
			   "%u of %zu words differ when read through phys_to_virt(xen_virt_to_phys())",
			   content_bad, size / sizeof(*word));
	else
		e2e_report("vmalloc-content", E2E_PASS,
			   "%zu words written via vmalloc, read back via phys_to_virt(xen_virt_to_phys())",
			   size / sizeof(*word));
	vfree(buf);
}
