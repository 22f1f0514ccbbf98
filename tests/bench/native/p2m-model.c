// SPDX-License-Identifier: GPL-2.0
/*
 * The benchmark's p2m models (see include/xdx-p2m.h): a flat x86-PV-like
 * array with its M2P, and an Arm-like rb-tree of foreign frames built with
 * the kernel's tools/lib/rbtree.c.  Built apart from the library, against
 * tools/include, whose rbtree.h the library's shims must not meet.
 */
#include <linux/rbtree.h>
#include <pthread.h>
#include <stdlib.h>
#include <xdx-p2m.h>
#include "p2m-model.h"

enum xdx_p2m_mode xdx_p2m_mode = XDX_P2M_NATIVE;
enum xbm_p2m_kind xbm_p2m_kind = XBM_P2M_ARRAY;
const unsigned long *xbm_p2m, *xbm_m2p;
unsigned long xbm_p2m_nr, xbm_m2p_nr;
const void *xbm_tree_root;

/* One foreign mapping, as Arm's struct xen_p2m_entry keeps it. */
struct xbm_tree_entry {
	unsigned long pfn, mfn, nr_pages;
	struct rb_node node;
};

static unsigned long *p2m, *m2p;
static struct xbm_tree_entry *entries;
static struct rb_root tree = RB_ROOT;
/* Arm's p2m_lock: taken for reading around every lookup. */
static pthread_rwlock_t tree_lock = PTHREAD_RWLOCK_INITIALIZER;

unsigned long xbm_tree_lookup(unsigned long pfn)
{
	const struct rb_node *n;
	const struct xbm_tree_entry *e;
	unsigned long mfn = XBM_NO_FRAME;

	pthread_rwlock_rdlock(&tree_lock);
	for (n = tree.rb_node; n; ) {
		e = rb_entry(n, struct xbm_tree_entry, node);
		if (e->pfn <= pfn && pfn - e->pfn < e->nr_pages) {
			mfn = e->mfn + (pfn - e->pfn);
			break;
		}
		n = pfn < e->pfn ? n->rb_left : n->rb_right;
	}
	pthread_rwlock_unlock(&tree_lock);
	return mfn;
}

void xbm_p2m_native(void)
{
	free(p2m);
	free(m2p);
	free(entries);
	p2m = NULL;
	m2p = NULL;
	entries = NULL;
	tree = RB_ROOT;
	xbm_p2m = NULL;
	xbm_m2p = NULL;
	xbm_p2m_nr = 0;
	xbm_m2p_nr = 0;
	xbm_tree_root = NULL;
	xbm_p2m_kind = XBM_P2M_ARRAY;
	xdx_p2m_mode = XDX_P2M_NATIVE;
}

int xbm_p2m_array(unsigned long nr, unsigned long (*bfn_of)(unsigned long pfn))
{
	unsigned long pfn, bfn, top = nr;

	xbm_p2m_native();
	for (pfn = 0; pfn < nr; pfn++)
		if (bfn_of(pfn) + 1 > top)
			top = bfn_of(pfn) + 1;
	p2m = malloc(nr * sizeof(*p2m) + 1);
	m2p = malloc(top * sizeof(*m2p));
	if (!p2m || !m2p) {
		xbm_p2m_native();
		return -1;
	}
	/* Frames no pfn of the array owns: the identity (past nr) or none. */
	for (bfn = 0; bfn < top; bfn++)
		m2p[bfn] = bfn >= nr ? bfn : XBM_NO_FRAME;
	for (pfn = 0; pfn < nr; pfn++) {
		p2m[pfn] = bfn_of(pfn);
		m2p[p2m[pfn]] = pfn;
	}
	xbm_p2m = p2m;
	xbm_m2p = m2p;
	xbm_p2m_nr = nr;
	xbm_m2p_nr = top;
	xdx_p2m_mode = XDX_P2M_PV;
	return 0;
}

int xbm_p2m_tree(unsigned long nr, unsigned long first_pfn, unsigned long stride,
		 unsigned long first_mfn)
{
	struct rb_node **link, *parent;
	struct xbm_tree_entry *e;
	unsigned long i;

	xbm_p2m_native();
	entries = calloc(nr ? nr : 1, sizeof(*entries));
	if (!entries)
		return -1;
	for (i = 0; i < nr; i++) {
		e = &entries[i];
		e->pfn = first_pfn + i * stride;
		e->mfn = first_mfn + i;
		e->nr_pages = 1;
		link = &tree.rb_node;
		parent = NULL;
		while (*link) {
			parent = *link;
			link = e->pfn < rb_entry(parent, struct xbm_tree_entry, node)->pfn ?
			       &parent->rb_left : &parent->rb_right;
		}
		rb_link_node(&e->node, parent, link);
		rb_insert_color(&e->node, &tree);
	}
	xbm_tree_root = tree.rb_node;
	xbm_p2m_kind = XBM_P2M_TREE;
	xdx_p2m_mode = XDX_P2M_PV;
	return 0;
}

unsigned int xbm_tree_depth(void)
{
	const struct rb_node *n;
	unsigned int depth = 0;

	/* The leftmost path; a red-black tree's longest is at most twice it. */
	for (n = tree.rb_node; n; n = n->rb_left)
		depth++;
	return depth;
}
