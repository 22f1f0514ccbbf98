/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Userspace shim: the page checks of p2m.h, which only a p2m whose reverse
 * lookup is the identity (Arm's) needs.  The model is x86 PV's, whose M2P
 * answers for itself, so the library never calls them here: abort if it does.
 */
#ifndef _XDX_SHIM_MM_H
#define _XDX_SHIM_MM_H
#include <stdbool.h>
#include <stdlib.h>

#define PAGE_SHIFT		12
struct page;
static inline bool pfn_valid(unsigned long pfn)
{
	(void)pfn;
	abort();
}

static inline struct page *pfn_to_page(unsigned long pfn)
{
	(void)pfn;
	abort();
}

static inline bool PageOffline(const struct page *page)
{
	(void)page;
	abort();
}
#endif
