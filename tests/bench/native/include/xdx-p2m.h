/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The benchmark's p2m models, in place of the unit test's xdx-p2m.h: the
 * shims of tests/userspace/include/ (<xen/page.h>, <xen/xen.h>) include
 * this header by name, so putting this directory first on the include
 * path swaps the model under both the library and the reference without
 * touching a shim.
 *
 * The unit test's model answers bfn_to_pfn() with a linear search, right
 * for checking, wrong for timing.  These two cost what the kernel's do:
 *
 * XBM_P2M_ARRAY, x86 PV: pfn_to_bfn() is one read of a flat array
 * (identity past its end, as x86 answers IDENTITY_FRAME there), inline
 * as x86's __pfn_to_mfn() is; bfn_to_pfn() reads the M2P and checks that
 * the p2m maps the answer back, as x86's mfn_to_pfn() does.
 *
 * XBM_P2M_TREE, Arm: pfn_to_bfn() asks an out-of-line lookup that takes a
 * read lock and walks an rb-tree of foreign frames (the kernel's own
 * tools/lib/rbtree.c), falling back to the identity, as Arm's
 * __pfn_to_mfn() does; bfn_to_pfn() is the identity.
 */
#ifndef _XBM_P2M_H
#define _XBM_P2M_H
#include <stdbool.h>
#include <stddef.h>

enum xdx_p2m_mode { XDX_P2M_NATIVE, XDX_P2M_PV };
enum xbm_p2m_kind { XBM_P2M_ARRAY, XBM_P2M_TREE };

extern enum xdx_p2m_mode xdx_p2m_mode;
extern enum xbm_p2m_kind xbm_p2m_kind;
extern const unsigned long *xbm_p2m, *xbm_m2p;
extern unsigned long xbm_p2m_nr, xbm_m2p_nr;
/* Non-NULL while the tree holds an entry: Arm's phys_to_mach.rb_node. */
extern const void *xbm_tree_root;

#define XBM_NO_FRAME	(~0UL)

/**
 * xbm_tree_lookup() - Arm's __pfn_to_mfn(): walk the tree under the read lock.
 * @pfn: Xen pfn.
 *
 * Context: Any thread; takes the model's p2m read lock.
 * Return: The foreign bus frame mapped at @pfn, or XBM_NO_FRAME.
 */
unsigned long xbm_tree_lookup(unsigned long pfn);

/**
 * xdx_p2m_pfn_to_bfn() - pfn_to_bfn() of the model in use.
 * @pfn: Xen pfn.
 *
 * Context: Any thread.
 * Return: The bus frame behind @pfn (the identity where the model keeps none).
 */
static inline unsigned long xdx_p2m_pfn_to_bfn(unsigned long pfn)
{
	unsigned long bfn;

	if (xbm_p2m_kind == XBM_P2M_TREE) {
		if (xbm_tree_root) {
			bfn = xbm_tree_lookup(pfn);
			if (bfn != XBM_NO_FRAME)
				return bfn;
		}
		return pfn;
	}
	return pfn < xbm_p2m_nr ? xbm_p2m[pfn] : pfn;
}

/**
 * xdx_p2m_bfn_to_pfn() - bfn_to_pfn() of the model in use.
 * @bfn: Bus frame.
 *
 * Context: Any thread.
 * Return: The local pfn x86's M2P gives (checked against the p2m, as
 * mfn_to_pfn() does), @bfn itself on Arm, or XBM_NO_FRAME.
 */
static inline unsigned long xdx_p2m_bfn_to_pfn(unsigned long bfn)
{
	unsigned long pfn;

	if (xbm_p2m_kind == XBM_P2M_TREE)
		return bfn;
	pfn = bfn < xbm_m2p_nr ? xbm_m2p[bfn] : XBM_NO_FRAME;
	if (xdx_p2m_pfn_to_bfn(pfn) != bfn)
		pfn = XBM_NO_FRAME;
	/* An identity frame past the p2m owns itself. */
	if (pfn == XBM_NO_FRAME && bfn >= xbm_p2m_nr)
		pfn = bfn;
	return pfn;
}
#endif
