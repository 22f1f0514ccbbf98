/* SPDX-License-Identifier: GPL-2.0 */
/* Setting up the benchmark's p2m models (include/xdx-p2m.h says how they cost). */
#ifndef _XBM_P2M_MODEL_H
#define _XBM_P2M_MODEL_H

/* Not under Xen: every frame is its own bus frame, no lookup at all. */
void xbm_p2m_native(void);

/*
 * x86 PV: a p2m array of @nr entries, p2m[pfn] = @bfn_of(pfn), identity
 * past it, and the M2P that inverts it.  Return: 0, or -1 out of memory.
 */
int xbm_p2m_array(unsigned long nr, unsigned long (*bfn_of)(unsigned long pfn));

/*
 * Arm: @nr one-page foreign mappings, pfn @first_pfn + i * @stride to bus
 * frame @first_mfn + i, in an rb-tree.  Return: 0, or -1 out of memory.
 */
int xbm_p2m_tree(unsigned long nr, unsigned long first_pfn, unsigned long stride,
		 unsigned long first_mfn);

/* Number of nodes on the tree's leftmost path. */
unsigned int xbm_tree_depth(void);
#endif
