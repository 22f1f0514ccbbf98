// SPDX-License-Identifier: GPL-2.0
/*
 * Test seam: install a fake p2m for the duration of one KUnit test.
 *
 * Part of the test module, not of the library: KUnit's resources keep the
 * fake until the test ends, and a library built into vmlinux must not
 * reference a KUnit built as a module.
 */
#include <kunit/resource.h>
#include <kunit/test.h>
#include <linux/errno.h>
#include <linux/sched.h>

#include "../seam.h"

static void xen_dma_xlate_seam_release(struct kunit_resource *res)
{
	xen_dma_xlate_seam_hide();
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
	int err;

	if (current->kunit_test != test || !p2m)
		return -EINVAL;
	/* Shown first: a resource whose init fails is never freed. */
	err = xen_dma_xlate_seam_show(test, p2m);
	if (err)
		return err;
	if (!kunit_alloc_resource(test, NULL, xen_dma_xlate_seam_release, GFP_KERNEL,
				  (void *)p2m)) {
		xen_dma_xlate_seam_hide();
		return -ENOMEM;
	}
	return 0;
}
