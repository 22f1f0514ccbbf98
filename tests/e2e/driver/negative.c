// SPDX-License-Identifier: GPL-2.0
/*
 * Check (c): the negative control, DMA to the untranslated address.
 *
 * Under a PV dom0 the IOMMU maps machine frames, so a device given what
 * virt_to_phys() returns (a pfn address) reaches the wrong memory.  With
 * Xen's dom0-iommu=strict, a frame dom0 does not own is unmapped and Xen
 * logs a DMAR fault.  The driver only performs a harmless device *read*
 * and prints markers around it; the harness counts the faults in Xen's
 * log between the markers.  The driver checks what it can see itself:
 * the device must not have read the page's contents.
 */
#include <linux/delay.h>
#include <linux/mm.h>
#include <linux/pci.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <xen/dma-xlate.h>

#include "e2e.h"

#define E2E_NEG_LEN	256
#define E2E_NEG_TRIES	1024
#define E2E_MASK_PFNS	(1UL << (E2E_EDU_DMA_BITS - PAGE_SHIFT))

/*
 * A page whose pfn address the device can address (below 2^28), whose
 * machine frame is elsewhere, and whose pfn, read as a machine frame,
 * belongs to someone else: a DMA there must fault.
 */
static bool e2e_wrong_target(const void *buf)
{
	unsigned long pfn = e2e_pfn_of(buf);

	return pfn < E2E_MASK_PFNS && e2e_p2m_mfn(pfn) != pfn &&
	       e2e_mfn_owner(pfn) == E2E_NO_MFN;
}

/**
 * e2e_check_negative() - Run check (c) and report it.
 * @edu: The device.
 * @scratch: A capable buffer of at least %E2E_NEG_LEN bytes to read the
 *	     device's buffer back into.
 *
 * Context: Process context; sleeps.
 */
void e2e_check_negative(struct e2e_edu *edu, u8 *scratch)
{
	struct device *dev = &edu->pdev->dev;
	void *misses = NULL, *next;
	phys_addr_t wrong;
	dma_addr_t right;
	u8 *page = NULL;
	int i, ret, same = -1;

	for (i = 0; i < E2E_NEG_TRIES; i++) {
		page = kmalloc(PAGE_SIZE, GFP_KERNEL);
		if (!page || e2e_wrong_target(page))
			break;
		*(void **)page = misses;
		misses = page;
		page = NULL;
	}
	if (!page) {
		e2e_report("negative", E2E_FAIL, "no page fits in %d tries", i);
		goto out;
	}
	memset(page, 0xa5, E2E_NEG_LEN);
	memset(scratch, 0, E2E_NEG_LEN);
	wrong = virt_to_phys(page);
	right = xen_virt_to_dma(dev, page);

	pr_info(E2E_PREFIX "# NEGATIVE BEGIN pfn %#lx mfn %#lx programmed %pa (right: %pad)\n",
		e2e_pfn_of(page), e2e_p2m_mfn(e2e_pfn_of(page)), &wrong, &right);
	ret = e2e_edu_to_device(edu, wrong, E2E_NEG_LEN);
	/* Xen reports the fault from its interrupt handler: give it time. */
	msleep(1000);
	pr_info(E2E_PREFIX "# NEGATIVE END\n");

	/* What did the device read?  Fetch it through a correct address. */
	if (!ret)
		ret = e2e_edu_to_ram(edu, xen_virt_to_dma(dev, scratch), E2E_NEG_LEN);
	if (!ret)
		same = !memcmp(scratch, page, E2E_NEG_LEN);
	e2e_report("negative", !ret && !same ? E2E_PASS : E2E_FAIL,
		   "programmed %pa, device read the page's bytes: %s err=%d (faults: see harness)",
		   &wrong, same < 0 ? "?" : same ? "yes" : "no", ret);
out:
	kfree(page);
	for (; misses; misses = next) {
		next = *(void **)misses;
		kfree(misses);
	}
}
