// SPDX-License-Identifier: GPL-2.0
/*
 * Test seam: the one place where a KUnit test's fake p2m is kept.
 *
 * Only the data and the two stores that publish it live in the library.
 * The code that ties a fake to a test's lifetime calls into KUnit, so it
 * lives with the tests (tests/seam-claim.c): the library must link into a
 * vmlinux whose KUnit is a module.
 */
#include <kunit/visibility.h>
#include <linux/errno.h>
#include <linux/export.h>

#include "seam.h"

struct xen_dma_xlate_seam xen_dma_xlate_seam;

/**
 * xen_dma_xlate_seam_show() - Show a fake p2m to one KUnit test's thread.
 * @owner: The test whose thread is to see @p2m.
 * @p2m: The fake p2m; must stay valid until xen_dma_xlate_seam_hide().
 *
 * Context: Process context.  KUnit runs one test case at a time; the
 * caller (tests/seam-claim.c) runs in that test's thread.
 * Return: 0, or -EBUSY when a fake p2m is already shown.
 */
int xen_dma_xlate_seam_show(struct kunit *owner, const struct xen_dma_xlate_p2m *p2m)
{
	if (READ_ONCE(xen_dma_xlate_seam.owner))
		return -EBUSY;
	xen_dma_xlate_seam.p2m = p2m;
	/* The p2m must be in place before the owner makes it visible. */
	smp_store_release(&xen_dma_xlate_seam.owner, owner);
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(xen_dma_xlate_seam_show);

/**
 * xen_dma_xlate_seam_hide() - Take the fake p2m away: the real one rules again.
 *
 * Context: Any context.
 */
void xen_dma_xlate_seam_hide(void)
{
	WRITE_ONCE(xen_dma_xlate_seam.owner, NULL);
}
EXPORT_SYMBOL_IF_KUNIT(xen_dma_xlate_seam_hide);
