// SPDX-License-Identifier: GPL-2.0
/*
 * Check: the other kinds of kernel addresses.  On arm64 the kernel image,
 * modules and vmapped stacks all live outside the linear map, and
 * xen_virt_to_phys() must translate each of them; pointers that no DMA
 * buffer can have (NULL, ERR_PTR(), user addresses, a vmalloc guard page,
 * a freed vmalloc area, the vmemmap array of struct pages, which is mapped
 * but no buffer) must be refused.
 */
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/io.h>
#include <linux/jiffies.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <xen/dma-xlate.h>

#include "e2e.h"

/* Module data: lives in the module area, which only a page walk reaches. */
static u8 e2e_module_data[64];

/*
 * Write @val through @p, read it back through the linear-map alias of
 * xen_virt_to_phys(@p): the two must be the same memory.
 */
static bool e2e_alias_ok(u8 *p, u8 val)
{
	phys_addr_t phys = xen_virt_to_phys(p);

	if (phys == (phys_addr_t)-1)
		return false;
	WRITE_ONCE(*p, val);
	return READ_ONCE(*(u8 *)phys_to_virt(phys)) == val;
}

static void e2e_virt_kinds(void)
{
	u8 on_stack[32];
	u8 *mod = &e2e_module_data[7], *stk = &on_stack[5];
	phys_addr_t image = xen_virt_to_phys(&jiffies_64);
	/* What __pa_symbol() computes for an image address. */
	phys_addr_t image_want = __pa_symbol(&jiffies_64);
	phys_addr_t mod_want = page_to_phys(vmalloc_to_page(mod)) + offset_in_page(mod);
	phys_addr_t stk_want = is_vmalloc_addr(stk) ?
		page_to_phys(vmalloc_to_page(stk)) + offset_in_page(stk) : virt_to_phys(stk);
	phys_addr_t mod_got = xen_virt_to_phys(mod), stk_got = xen_virt_to_phys(stk);
	bool ok;

	ok = image == image_want &&
	     mod_got == mod_want && e2e_alias_ok(mod, 0xa5) &&
	     stk_got == stk_want && e2e_alias_ok(stk, 0x3c);
	e2e_report("virt-kinds", ok ? E2E_PASS : E2E_FAIL,
		   "image &jiffies_64 -> %pa (__pa_symbol %pa); module data -> %pa (walk %pa); %s stack -> %pa (want %pa); module and stack bytes seen through phys_to_virt()",
		   &image, &image_want, &mod_got, &mod_want,
		   is_vmalloc_addr(stk) ? "vmapped" : "linear", &stk_got, &stk_want);
}

static void e2e_virt_refused(struct device *dev)
{
	u8 *vbuf = vmalloc(PAGE_SIZE), *freed = vmalloc(PAGE_SIZE);
	void *kbuf = kmalloc(64, GFP_KERNEL);
	const void *bad[6];
	const char * const what[] = { "NULL", "ERR_PTR", "user", "guard page",
				      "freed vmalloc", "vmemmap" };
	unsigned int i, n = 0, refused = 0;
	phys_addr_t got;

	if (!vbuf || !freed || !kbuf) {
		e2e_report("virt-refused", E2E_FAIL, "allocation failed");
		goto out;
	}
	vfree(freed);	/* its page-table entries go at once */
	bad[n++] = NULL;
	bad[n++] = ERR_PTR(-ENOMEM);
	bad[n++] = (void *)0x400000UL;
	bad[n++] = vbuf + PAGE_SIZE;	/* vmalloc() leaves a guard page */
	bad[n++] = freed;
	bad[n++] = virt_to_page(kbuf);	/* the struct page, not the buffer */
	for (i = 0; i < n; i++) {
		got = xen_virt_to_phys(bad[i]);
		if (got == (phys_addr_t)-1 && !xen_virt_to_page(bad[i]) &&
		    xen_virt_to_dma(dev, bad[i]) == DMA_MAPPING_ERROR)
			refused++;
		else
			pr_info(E2E_PREFIX "virt: %s pointer translated to %pa\n",
				what[i], &got);
	}
	e2e_report("virt-refused", refused == n ? E2E_PASS : E2E_FAIL,
		   "%u of %u refused (NULL, ERR_PTR, user, vmalloc guard page, freed vmalloc, vmemmap) by xen_virt_to_phys/_page/_dma",
		   refused, n);
out:
	kfree(kbuf);
	vfree(vbuf);
}

/**
 * e2e_check_virtual() - Check image, module, stack and refused pointers.
 * @dev: A device without dma_range_map, for xen_virt_to_dma().
 *
 * Context: Process context.
 */
void e2e_check_virtual(struct device *dev)
{
	e2e_virt_kinds();
	e2e_virt_refused(dev);
}
