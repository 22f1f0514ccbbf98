// SPDX-License-Identifier: GPL-2.0
/*
 * Test seam: install a fake p2m for the duration of one KUnit test.
 */
#include <kunit/resource.h>
#include <kunit/test.h>
#include <kunit/visibility.h>
#include <linux/errno.h>

#include "seam.h"

struct xen_dma_xlate_seam xen_dma_xlate_seam;

static int xen_dma_xlate_seam_claim(struct kunit_resource *res, void *context)
{
	xen_dma_xlate_seam.p2m = context;
	res->data = context;
	/* The p2m must be in place before the owner makes it visible. */
	smp_store_release(&xen_dma_xlate_seam.owner, current->kunit_test);
	return 0;
}

static void xen_dma_xlate_seam_release(struct kunit_resource *res)
{
	WRITE_ONCE(xen_dma_xlate_seam.owner, NULL);
}

/**
 * xen_dma_xlate_test_use_p2m() - Put a fake p2m behind the library.
 * @test: The running test; only its thread sees @p2m.
 * @p2m: The fake p2m; must stay valid until @test ends.
 *
 * KUnit removes the fake when @test ends, also when it stops early on a
 * failed assertion.  KUnit runs one test case at a time, so one seam is
 * enough; a second claim while one is held is refused.
 *
 * Context: Process context, from the thread running @test.
 * Return: 0, -EINVAL when called from another thread than @test's, -EBUSY
 * when a fake p2m is already installed, or -ENOMEM.
 */
int xen_dma_xlate_test_use_p2m(struct kunit *test,
			       const struct xen_dma_xlate_p2m *p2m)
{
	if (current->kunit_test != test || !p2m)
		return -EINVAL;
	if (READ_ONCE(xen_dma_xlate_seam.owner))
		return -EBUSY;
	if (!kunit_alloc_resource(test, xen_dma_xlate_seam_claim,
				  xen_dma_xlate_seam_release, GFP_KERNEL,
				  (void *)p2m))
		return -ENOMEM;
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(xen_dma_xlate_test_use_p2m);
