// SPDX-License-Identifier: GPL-2.0
/*
 * Test driver of the patch series' dom0 kernels: the same checks run on
 * the unconverted kernel (where the bugs the series fixes must show) and
 * on the converted one (where every check must pass).  The checks run
 * from probe, so they are over when insmod returns; the KTAP plan line ends them.
 */
#include <linux/module.h>

#include "series.h"

static int __init series_init(void)
{
	int ret;

	e2e_ktap_begin();
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
#ifdef CONFIG_X86
	series_x86_unregister();
#else
	series_arm64_unregister();
#endif
}
module_exit(series_exit);

MODULE_DESCRIPTION("Checks of swiotlb-xen and grant-table DMA in a Xen dom0");
MODULE_LICENSE("GPL");
