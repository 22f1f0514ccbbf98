// SPDX-License-Identifier: GPL-2.0
/*
 * Module metadata of the Xen DMA address translation library, and its
 * debugfs diagnostics, the only state it sets up.
 */
#include <linux/init.h>
#include <linux/module.h>

#include "debugfs.h"

static int __init xen_dma_xlate_init(void)
{
	xen_dma_xlate_debugfs_init();
	return 0;
}
module_init(xen_dma_xlate_init);

static void __exit xen_dma_xlate_exit(void)
{
	xen_dma_xlate_debugfs_exit();
}
module_exit(xen_dma_xlate_exit);

MODULE_DESCRIPTION("DMA-aware address translation for Xen domains");
MODULE_LICENSE("GPL");
