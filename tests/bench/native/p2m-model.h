/* SPDX-License-Identifier: GPL-2.0 */
/* Setting up the benchmark's p2m models (include/xdx-p2m.h says how they cost). */
#ifndef _XBM_P2M_MODEL_H
#define _XBM_P2M_MODEL_H

/**
 * xbm_p2m_native() - Back to not under Xen: no p2m, every frame its own.
 *
 * Context: Not while a lookup runs.
 */
void xbm_p2m_native(void);

/**
 * xbm_p2m_array() - Install an x86-PV-like p2m array and its M2P.
 * @nr: Entries of the array; pfns past it are identity frames.
 * @bfn_of: Gives the bus frame of each pfn below @nr.
 *
 * Context: Not while a lookup runs.
 * Return: 0, or -1 when out of memory.
 */
int xbm_p2m_array(unsigned long nr, unsigned long (*bfn_of)(unsigned long pfn));

/**
 * xbm_p2m_tree() - Install an Arm-like rb-tree of one-page foreign mappings.
 * @nr: Number of mappings.
 * @first_pfn: pfn of the first one; the i-th is at @first_pfn + i * @stride.
 * @stride: Distance between mapped pfns.
 * @first_mfn: Bus frame of the first one; the i-th is @first_mfn + i.
 *
 * Context: Not while a lookup runs.
 * Return: 0, or -1 when out of memory.
 */
int xbm_p2m_tree(unsigned long nr, unsigned long first_pfn, unsigned long stride,
		 unsigned long first_mfn);

/**
 * xbm_tree_depth() - Length of the tree's leftmost path.
 *
 * Context: Any thread.
 * Return: Nodes on that path (0 for an empty tree).
 */
unsigned int xbm_tree_depth(void);
#endif
