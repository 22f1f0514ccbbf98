// SPDX-License-Identifier: GPL-2.0
/*
 * Module metadata of the Xen DMA address translation library.
 */
#include <linux/module.h>

MODULE_DESCRIPTION("DMA-aware address translation for Xen domains");
MODULE_LICENSE("GPL");
