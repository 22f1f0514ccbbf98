/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Userspace shim: Xen page geometry, x86 PV's pfn_to_bfn()/bfn_to_pfn()
 * backed by the p2m model of xdx-p2m.h, xen_feature() (never
 * auto-translated) and Arm's phys_to_mach root (unused: CONFIG_X86).
 */
#ifndef _XDX_SHIM_XEN_PAGE_H
#define _XDX_SHIM_XEN_PAGE_H
#include <linux/types.h>
#include <xdx-p2m.h>

#define XEN_PAGE_SHIFT		12
#define XEN_PAGE_SIZE		(1UL << XEN_PAGE_SHIFT)
#define XEN_PAGE_MASK		(~(XEN_PAGE_SIZE - 1))
#define XEN_PFN_DOWN(x)		((x) >> XEN_PAGE_SHIFT)
#define xen_offset_in_page(p)	((unsigned long)(p) & ~XEN_PAGE_MASK)

#define INVALID_P2M_ENTRY	(~0UL)

#define XENFEAT_auto_translated_physmap	2
static inline int xen_feature(int flag)
{
	(void)flag;
	return 0;	/* x86 PV: the p2m is real */
}

#define pfn_to_bfn(pfn)		xdx_p2m_pfn_to_bfn(pfn)
#define bfn_to_pfn(bfn)		xdx_p2m_bfn_to_pfn(bfn)

struct rb_node;
struct rb_root { struct rb_node *rb_node; };
extern struct rb_root phys_to_mach;
#endif
