// SPDX-License-Identifier: GPL-2.0
/*
 * Xen's translation tables, read without the library under test.
 *
 * The checks compare the library's answers with these: the p2m array that
 * dom0 keeps for itself (pfn -> machine frame) and Xen's read-only M2P
 * table (machine frame -> pfn), which Xen maintains and dom0 cannot fake.
 */
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <xen/xen.h>
#include <asm/xen/page.h>

#include "e2e.h"

/**
 * e2e_pfn_of() - Find the pfn behind a kernel address the plain way.
 * @vaddr: Linear-map, kernel-image or vmalloc address.
 *
 * Context: Any context.
 * Return: The pfn.
 */
unsigned long e2e_pfn_of(const void *vaddr)
{
	if (is_vmalloc_addr(vaddr))
		return page_to_pfn(vmalloc_to_page(vaddr));
	return PFN_DOWN(__pa(vaddr));
}

/**
 * e2e_p2m_pfns() - Count the pfns the p2m array covers.
 *
 * Context: Any context.
 * Return: The number of entries of xen_p2m_addr[].
 */
unsigned long e2e_p2m_pfns(void)
{
	return xen_p2m_size;
}

/**
 * e2e_p2m_mfn() - Read the machine frame behind a pfn from the p2m array.
 * @pfn: Guest frame.
 *
 * The raw entry must agree with get_phys_to_machine(); the FOREIGN and
 * IDENTITY flags are dropped, as pfn_to_mfn() does, because a device sees
 * the frame itself.
 *
 * Context: Any context.
 * Return: The machine frame, or E2E_NO_MFN when the pfn has none or the
 * two readings disagree.
 */
unsigned long e2e_p2m_mfn(unsigned long pfn)
{
	unsigned long mfn;

	if (pfn >= xen_p2m_size)
		return E2E_NO_MFN;
	mfn = READ_ONCE(xen_p2m_addr[pfn]);
	/*
	 * Ranges never populated share one page of INVALID entries, for
	 * holes and missing memory alike: only get_phys_to_machine(), which
	 * looks at the page behind the entry, tells the identity-mapped
	 * holes apart.  Otherwise the two readings must agree.
	 */
	if (mfn == INVALID_P2M_ENTRY)
		mfn = get_phys_to_machine(pfn);
	else if (mfn != get_phys_to_machine(pfn))
		return E2E_NO_MFN;
	if (mfn == INVALID_P2M_ENTRY)
		return E2E_NO_MFN;
	return mfn & ~(FOREIGN_FRAME_BIT | IDENTITY_FRAME_BIT);
}

/**
 * e2e_p2m_identity() - Check whether the p2m maps a pfn to itself as I/O.
 * @pfn: Guest frame.
 *
 * PCI holes and other non-RAM ranges carry the IDENTITY flag; they own no
 * RAM, and reading the M2P for them faults (slowly, under TCG), so the
 * scans skip them.
 *
 * Context: Any context.
 * Return: true for an identity entry.
 */
bool e2e_p2m_identity(unsigned long pfn)
{
	unsigned long mfn = get_phys_to_machine(pfn);

	return mfn != INVALID_P2M_ENTRY && (mfn & IDENTITY_FRAME_BIT);
}

/**
 * e2e_m2p_is() - Check Xen's M2P entry of a machine frame.
 * @mfn: Machine frame.
 * @pfn: The pfn it should map back to.
 *
 * M2P entries of frames dom0 does not own may be unmapped: the read
 * tolerates a fault.
 *
 * Context: Any context.
 * Return: true when machine_to_phys_mapping[@mfn] is @pfn.
 */
bool e2e_m2p_is(unsigned long mfn, unsigned long pfn)
{
	unsigned long back;

	if (mfn >= machine_to_phys_nr)
		return false;
	if (xen_safe_read_ulong(&machine_to_phys_mapping[mfn], &back))
		return false;
	return back == pfn;
}

/**
 * e2e_mfn_owner() - Find dom0's pfn behind a machine frame.
 * @mfn: Machine frame.
 *
 * The M2P names a candidate pfn; only dom0's own p2m pointing back at
 * @mfn makes the frame dom0's.
 *
 * Context: Any context.
 * Return: The pfn, or E2E_NO_MFN when dom0 does not own @mfn.
 */
unsigned long e2e_mfn_owner(unsigned long mfn)
{
	unsigned long pfn;

	if (mfn >= machine_to_phys_nr ||
	    xen_safe_read_ulong(&machine_to_phys_mapping[mfn], &pfn) ||
	    e2e_p2m_mfn(pfn) != mfn)
		return E2E_NO_MFN;
	return pfn;
}
