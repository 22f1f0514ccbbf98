/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Test seam: lets a KUnit test put a fake p2m behind the library.
 *
 * A kernel that runs KUnit is usually not a Xen guest, so its p2m is the
 * identity and cannot show a translation that skips the p2m.  A test may
 * install a fake p2m; only the test's own thread sees it, and only in task
 * context outside reclaim, so a KUnit kernel booted as a real dom0 keeps
 * translating real DMA through the real p2m while the test runs: an
 * interrupt over the test's thread and the writeback its direct reclaim
 * starts are the kernel's, not the test's.  Without
 * CONFIG_XEN_DMA_XLATE_KUNIT_TEST the seam compiles to nothing.
 */
#ifndef _XEN_DMA_XLATE_SEAM_H
#define _XEN_DMA_XLATE_SEAM_H

#include <linux/compiler.h>
#include <linux/sched.h>

struct kunit;

/**
 * struct xen_dma_xlate_p2m - A p2m that a test puts behind the library.
 * @bus_frame: Xen pfn to bus frame (pfn_to_bfn()), or ~0UL when there is
 *             none.
 * @local_frame: Bus frame to Xen pfn (bfn_to_pfn()), or ~0UL when there is
 *               none; need not be exact (Arm's is the identity): the
 *               library checks the answer.
 * @local_frame_is_identity: @local_frame answers every bus frame with the
 *                           same number, as Arm's does: the library must
 *                           then also check that a page of this kernel
 *                           stands behind the answer.
 * @is_identity: Every pfn is its own bus frame, as on Arm while nothing
 *               foreign is mapped: the library may skip the lookups, and a
 *               test counts that it does.
 */
struct xen_dma_xlate_p2m {
	unsigned long (*bus_frame)(const struct xen_dma_xlate_p2m *p2m,
				   unsigned long xen_pfn);
	unsigned long (*local_frame)(const struct xen_dma_xlate_p2m *p2m,
				     unsigned long bfn);
	bool local_frame_is_identity;
	bool is_identity;
};

#if IS_ENABLED(CONFIG_XEN_DMA_XLATE_KUNIT_TEST)

/**
 * struct xen_dma_xlate_seam - The fake p2m in use and the test that owns it.
 * @owner: Test whose thread sees @p2m; NULL when no fake is installed.
 * @p2m: The fake p2m.
 */
struct xen_dma_xlate_seam {
	struct kunit *owner;
	const struct xen_dma_xlate_p2m *p2m;
};

extern struct xen_dma_xlate_seam xen_dma_xlate_seam;

int xen_dma_xlate_seam_show(struct kunit *owner, const struct xen_dma_xlate_p2m *p2m);
void xen_dma_xlate_seam_hide(void);
int xen_dma_xlate_test_use_p2m(struct kunit *test,
			       const struct xen_dma_xlate_p2m *p2m);

/**
 * xen_dma_xlate_fake_p2m() - The fake p2m the current thread must use.
 *
 * Context: Any context.
 * Return: The fake p2m when the running KUnit test installed one and the
 * caller is that test's thread in task context, not reclaiming memory;
 * else NULL.
 */
static __always_inline const struct xen_dma_xlate_p2m *xen_dma_xlate_fake_p2m(void)
{
	struct kunit *owner = READ_ONCE(xen_dma_xlate_seam.owner);

	if (likely(!owner) || !in_task() || owner != current->kunit_test ||
	    (current->flags & PF_MEMALLOC))
		return NULL;
	return xen_dma_xlate_seam.p2m;
}

#else

/* Production builds: no seam, no cost. */
static __always_inline const struct xen_dma_xlate_p2m *xen_dma_xlate_fake_p2m(void)
{
	return NULL;
}

#endif /* CONFIG_XEN_DMA_XLATE_KUNIT_TEST */

#endif /* _XEN_DMA_XLATE_SEAM_H */
