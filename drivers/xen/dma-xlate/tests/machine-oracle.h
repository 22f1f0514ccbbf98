/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The bus address of a guest physical address as Xen has it, read from
 * sources the library does not use, so that a test compares the library
 * with something other than a copy of its own formula:
 *
 * - x86 PV: the machine frame in the kernel's own page-table entry for the
 *   address's linear-map alias.  A PV page table holds machine frames, and
 *   Xen validated this one when the entry was written; Xen's M2P must map
 *   it back to the pfn.  (The library reads the p2m through pfn_to_bfn().)
 *   An address outside dom0's RAM has no linear-map alias: dom0's p2m maps
 *   I/O frames 1:1, so its bus address is itself.
 * - Arm: Xen maps dom0's RAM 1:1; only grant mappings, which the callers'
 *   buffers are not, would differ.
 * - Not under Xen: there is no p2m.
 *
 * XEN_TEST_NO_BUS when the two x86 sources disagree or the address has no
 * usable entry: no library answer can equal it.
 */
#ifndef _XEN_DMA_XLATE_MACHINE_ORACLE_H
#define _XEN_DMA_XLATE_MACHINE_ORACLE_H

#include <linux/ioport.h>
#include <linux/mm.h>
#include <xen/xen.h>
#ifdef CONFIG_X86
#include <linux/pgtable.h>
#include <asm/xen/page.h>
#endif

#define XEN_TEST_NO_BUS	((phys_addr_t)-2)

/**
 * xen_test_machine_addr() - The bus address Xen has for a physical address.
 * @paddr: Guest physical address.
 *
 * The sources are at the top of this file; none of them is the library's.
 *
 * Context: Any context.
 * Return: The bus address of @paddr, or %XEN_TEST_NO_BUS when Xen's page
 * table entry and M2P disagree or there is no usable entry.
 */
static inline phys_addr_t xen_test_machine_addr(phys_addr_t paddr)
{
#ifdef CONFIG_X86
	unsigned long pfn = PHYS_PFN(paddr), mfn, back;
	unsigned int level;
	pte_t *pte;

	if (!xen_pv_domain() || !page_is_ram(pfn))
		return paddr;
	pte = lookup_address((unsigned long)__va(paddr), &level);
	if (!pte || level != PG_LEVEL_4K || !(native_pte_val(*pte) & _PAGE_PRESENT))
		return XEN_TEST_NO_BUS;
	/* the raw entry: pte_val() would turn the machine frame back into a pfn */
	mfn = (native_pte_val(*pte) & PTE_PFN_MASK) >> PAGE_SHIFT;
	if (mfn >= machine_to_phys_nr ||
	    xen_safe_read_ulong(&machine_to_phys_mapping[mfn], &back) || back != pfn)
		return XEN_TEST_NO_BUS;
	return PFN_PHYS(mfn) | offset_in_page(paddr);
#else
	return paddr;
#endif
}

#endif /* _XEN_DMA_XLATE_MACHINE_ORACLE_H */
