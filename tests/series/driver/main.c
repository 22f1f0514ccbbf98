// SPDX-License-Identifier: GPL-2.0
/*
 * Test driver of the patch series' kernels: the same checks run on
 * the unconverted kernel (where the bugs the series fixes must show) and
 * on the converted one (where every check must pass).  The checks run
 * from probe, so they are over when insmod returns; the KTAP plan line ends them.
 * In a domU (the kernel as a PV guest of the dom0 that runs it) the
 * domU's own checks run instead, and nothing is registered.
 */
#include <linux/module.h>
#include <xen/xen.h>

#include "series.h"

static int __init series_init(void)
{
	int ret;

	e2e_ktap_begin();
	if (!xen_initial_domain()) {
		/*
		 * A domU: nothing to register, the checks run here and now.
		 * Loaded either way: busybox's insmod would load a module
		 * that fails its init once more, with init_module().
		 */
		series_domu_run();
		e2e_ktap_end();
		return 0;
	}
#ifdef CONFIG_X86
	ret = series_x86_register();
#else
	ret = series_arm64_register();
#endif
	e2e_ktap_end();
	return ret;
}
module_init(series_init);

static void __exit series_exit(void)
{
	if (!xen_initial_domain())
		return;
#ifdef CONFIG_X86
	series_x86_unregister();
#else
	series_arm64_unregister();
#endif
}
module_exit(series_exit);

MODULE_DESCRIPTION("Checks of swiotlb-xen and grant-table DMA in Xen dom0 and a PV domU");
MODULE_LICENSE("GPL");
